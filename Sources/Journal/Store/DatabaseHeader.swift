import Foundation

/// The first 100 bytes of an SQLite file, read without SQLite so nothing is written.
///
/// Opening a file as a journal switches it to WAL, which rewrites its header. A foreign or
/// damaged file must never be touched, so it is judged from these bytes before SQLite opens it.
struct DatabaseHeader: Equatable {
  /// What the bytes on disk say about a file.
  enum Finding: Equatable {
    /// No file, or an empty one: SQLite will create a database.
    case absent
    /// A journal of this application at this schema version, and whether the file is in WAL
    /// mode (opening it as a journal then leaves its header as it is).
    case ours(userVersion: Int, inWAL: Bool)
    /// An SQLite database with no application id and no tables yet: safe to initialise.
    case blank
    /// An SQLite database with tables and another (or no) application id.
    case foreign
    /// Not an SQLite file at all.
    case notADatabase
    /// Shorter than its header says.
    case truncated
  }

  static let magic = Array("SQLite format 3\u{0}".utf8)
  /// `ADVC`, set by the first migration with `PRAGMA application_id`.
  static let applicationID: Int32 = 0x4144_5643

  let pageSize: Int
  let changeCounter: UInt32
  let pageCount: Int
  let userVersion: Int32
  let applicationID: Int32
  let versionValidFor: UInt32
  /// Whether the file format versions say WAL (2), not a rollback journal (1).
  let isWAL: Bool

  init?(_ bytes: [UInt8]) {
    guard bytes.count >= 100, Array(bytes[0..<16]) == Self.magic else { return nil }
    func u16(_ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }
    func u32(_ at: Int) -> UInt32 {
      UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8
        | UInt32(bytes[at + 3])
    }
    let rawPageSize = u16(16)
    pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
    guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { return nil }
    changeCounter = u32(24)
    pageCount = Int(u32(28))
    userVersion = Int32(bitPattern: u32(60))
    applicationID = Int32(bitPattern: u32(68))
    versionValidFor = u32(92)
    isWAL = bytes[18] == 2 && bytes[19] == 2
  }

  /// Judges the file at `path` from its size and header.
  ///
  /// - Throws: `JournalError.cannotOpen` when the file exists but cannot be read.
  static func inspect(path: String) throws(JournalError) -> Finding {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno == ENOENT { return .absent }
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    if info.st_mode & S_IFMT == S_IFDIR {
      throw .cannotOpen(path: path, reason: "it is a folder, not a file")
    }
    let size = Int(info.st_size)
    if size == 0 { return .absent }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .cannotOpen(path: path, reason: "the file cannot be read")
    }
    defer { try? handle.close() }
    let bytes = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
    guard let header = DatabaseHeader(bytes) else {
      return bytes.count < 100 && Array(bytes.prefix(16)) == Array(magic.prefix(bytes.count))
        ? .truncated : .notADatabase
    }
    return header.finding(fileSize: size)
  }

  func finding(fileSize: Int) -> Finding {
    if fileSize % pageSize != 0 { return .truncated }
    // The in-header page count is only trusted when written by a version that maintains it.
    if changeCounter == versionValidFor, pageCount > 0, fileSize < pageCount * pageSize {
      return .truncated
    }
    if applicationID == Self.applicationID {
      return .ours(userVersion: Int(userVersion), inWAL: isWAL)
    }
    // One page holds only the empty schema table; a second page means some table exists.
    return fileSize <= pageSize ? .blank : .foreign
  }
}
