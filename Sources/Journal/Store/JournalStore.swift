import Foundation
import GRDB

/// The founder's journal: leads, meetings, answers and promised steps in one SQLite file.
///
/// Creating a `JournalStore` touches nothing; the file is opened, checked and migrated on first use.
/// Every method is safe to call from any thread, and several processes may use the same file at
/// once: SQLite's WAL mode and a busy timeout serialise their writes.
public final class JournalStore: @unchecked Sendable {
  /// The database file.
  public let path: String
  /// How long a write waits for another process to release the file, in seconds.
  public let busyTimeout: Double

  // The connection is opened once under this lock; GRDB's queue is itself thread-safe. One
  // connection, not a pool: a command reads and writes in turn, and each connection SQLite
  // opens parses the whole schema (its triggers too) again.
  private let lock = NSLock()
  private var connection: DatabaseQueue?

  /// Prepares to use the journal at `path`, without touching the disk.
  ///
  /// - Parameters:
  ///   - path: the database file (see `JournalLocation.resolve(environment:)`).
  ///   - busyTimeout: seconds to wait for another process's write to finish.
  public init(path: String, busyTimeout: Double = 5) {
    self.path = path
    self.busyTimeout = busyTimeout
  }

  /// The schema version this binary writes.
  public static var schemaVersion: Int { JournalSchema.version }

  /// Opens, checks and migrates the journal now instead of on first use.
  ///
  /// - Throws: `JournalError` when the file is damaged, foreign, newer, locked or unwritable.
  public func open() throws(JournalError) {
    _ = try database()
  }

  /// Closes the file; a later call opens it again.
  ///
  /// Checkpoints first, so the database file alone holds everything (a copy of it is a backup).
  /// The checkpoint is passive: it never waits for another process's readers.
  public func close() {
    lock.lock()
    let current = connection
    connection = nil
    lock.unlock()
    // A log grown large (by another process's import, say) slows every read until it is
    // emptied, so a reader empties it too; a small one is left for the next writer to reuse.
    let mode: Database.CheckpointMode = walSize() > Self.largeLog ? .truncate : .passive
    try? current?.writeWithoutTransaction { db in _ = try db.checkpoint(mode) }
    try? current?.close()
  }

  /// A write-ahead log above this many bytes is emptied when the journal is closed.
  static let largeLog: Int64 = 4 << 20

  /// Copies the write-ahead log into the file and empties it, after a bulk write; waits for
  /// other processes' readers no longer than the busy timeout, and leaves the log be if they
  /// keep reading.
  func checkpointFully() {
    try? database().writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
  }

  private func walSize() -> Int64 {
    var info = stat()
    return stat(path + "-wal", &info) == 0 ? Int64(info.st_size) : 0
  }

  /// The names of the migrations applied to the file, oldest first.
  public func appliedMigrations() throws(JournalError) -> [String] {
    try read { db in try JournalSchema.migrator.completedMigrations(db) }
  }

  func read<T>(_ body: (Database) throws -> T) throws(JournalError) -> T {
    let queue = try database()
    do {
      return try queue.read(body)
    } catch {
      throw JournalError.from(error, path: path, busyTimeout: busyTimeout)
    }
  }

  func write<T>(_ body: (Database) throws -> T) throws(JournalError) -> T {
    let queue = try database()
    do {
      return try queue.write(body)
    } catch {
      throw JournalError.from(error, path: path, busyTimeout: busyTimeout)
    }
  }

  /// Like `write`, but lets an `ImportError` thrown by `body` through unchanged.
  func importWrite<T>(_ body: (Database) throws -> T) throws -> T {
    let queue = try database()
    do {
      return try queue.write(body)
    } catch let error as ImportError {
      throw error
    } catch {
      throw JournalError.from(error, path: path, busyTimeout: busyTimeout)
    }
  }

  private func database() throws(JournalError) -> DatabaseQueue {
    lock.lock()
    defer { lock.unlock() }
    if let connection { return connection }
    let opened = try openConnection()
    connection = opened
    return opened
  }

  private func openConnection() throws(JournalError) -> DatabaseQueue {
    // A journal refused for its schema (newer, foreign) is left as it was found: without the
    // -wal and -shm files that SQLite makes on opening it, unless they were there before.
    let sideFiles = [path + "-wal", path + "-shm"]
    let hadSideFiles = sideFiles.map { FileManager.default.fileExists(atPath: $0) }
    do {
      return try openCheckedConnection()
    } catch {
      switch error {
      case .newerSchema, .foreign, .notADatabase, .corrupt, .truncated:
        removeSideFiles(sideFiles, except: hadSideFiles)
      default:
        break
      }
      throw error
    }
  }

  /// Whether a write-ahead log with frames in it sits beside the journal: closing a writable
  /// connection would checkpoint them into the file.
  private var hasLoggedChanges: Bool {
    var info = stat()
    return stat(path + "-wal", &info) == 0 && info.st_size > 0
  }

  /// Removes the side files that were not there before, when the -wal holds nothing.
  private func removeSideFiles(_ files: [String], except existed: [Bool]) {
    guard !existed[0], !existed[1] else { return }
    let wal = (try? FileManager.default.attributesOfItem(atPath: files[0]))?[.size] as? Int
    guard (wal ?? 0) == 0 else { return }
    for file in files {
      unlink(file)
    }
  }

  private func openCheckedConnection() throws(JournalError) -> DatabaseQueue {
    try FileSafety.prepareFolder(for: path)
    switch try DatabaseHeader.inspect(path: path) {
    case .absent:
      try FileSafety.createFile(at: path)
    case .ours(let version, _) where version > JournalSchema.version:
      throw .newerSchema(path: path, found: version, supported: JournalSchema.version)
    case .ours(let version, true) where version == JournalSchema.version && !hasLoggedChanges:
      // Already WAL, at this version, with no log to checkpoint: a writable connection rewrites
      // no byte of the file, and it judges the schema before any migration. The read-only
      // look first would parse the whole schema once more (an eighth of `prep`'s start-up).
      break
    case .ours, .blank:
      // Opening switches a rollback-journal file to WAL, rewriting its header, and closing a
      // writable connection checkpoints into the file: judge the schema through a read-only
      // connection first, so a refused journal is left byte for byte as it was.
      try checkReadOnly()
    case .foreign:
      throw .foreign(path: path)
    case .notADatabase:
      throw .notADatabase(path: path)
    case .truncated:
      throw .truncated(path: path)
    }
    if let access = ReadOnlyAccess.of(path) {
      return try openReadOnlyConnection(access)
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    configuration.foreignKeysEnabled = true
    configuration.label = "journal"
    let timeout = busyTimeout
    configuration.prepareDatabase { db in
      // WAL, as a pool would have it: other processes read while one writes. Set here rather
      // than with GRDB's `journalMode = .wal`, which also writes a table and drops it whenever
      // the log is empty (for pools' snapshots): a write and a sync on every command's start,
      // and a change to a journal that is then refused.
      try WALSwitch.apply(to: db, within: timeout)
      // FULL makes each committed answer survive a power cut, not only a killed process.
      try db.execute(sql: "PRAGMA synchronous = FULL")
      // Memory-mapped reads skip a copy per page; the pipeline reads a few megabytes of index.
      try db.execute(sql: "PRAGMA mmap_size = 268435456")
    }
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      throw JournalError.from(error, path: path, busyTimeout: busyTimeout)
    }
    FileSafety.tighten(path)
    do {
      try prepareSchema(queue)
    } catch {
      try? queue.close()
      throw JournalError.from(error, path: path, busyTimeout: busyTimeout)
    }
    FileSafety.tighten(path)
    return queue
  }

  /// A journal we may not write (a read-only file or disk) is still read: `leads`, `show` and
  /// the exports work, and every write fails with `.writeFailed(.readOnly)`.
  private func openReadOnlyConnection(_ access: ReadOnlyAccess) throws(JournalError)
    -> DatabaseQueue
  {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(busyTimeout)
    configuration.label = "journal"
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(path: access.sqlitePath(path), configuration: configuration)
      guard try queue.read({ db in try checkSchema(db) }) else {
        try? queue.close()
        throw JournalError.cannotOpen(
          path: path, reason: "it is read-only, and this advance must first upgrade it")
      }
    } catch let error as JournalError {
      throw error
    } catch {
      throw JournalError.from(error, path: path, busyTimeout: busyTimeout)
    }
    return queue
  }

  private func checkReadOnly() throws(JournalError) {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(busyTimeout)
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      _ = try queue.read { db in try checkSchema(db) }
    } catch let error as JournalError {
      throw error
    } catch let error as DatabaseError
      where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    {
      throw JournalError.from(error, path: path, busyTimeout: busyTimeout)
    } catch {
      // Anything else (a WAL file whose -shm cannot be shared, say) is left to the writable
      // connection, which checks the schema again before migrating.
    }
  }

  /// Throws unless the schema is absent or one this binary knows.
  ///
  /// - Returns: whether every migration has been applied.
  @discardableResult
  private func checkSchema(_ db: Database) throws -> Bool {
    let migrator = JournalSchema.migrator
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    let tables =
      try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) FROM sqlite_master
          WHERE name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
          """) ?? 0
    let isOurs = applicationID == DatabaseHeader.applicationID
    // Another process may be between creating GRDB's bookkeeping table and committing v1 (which
    // sets the application id): that file has no other table yet and is not foreign.
    if !isOurs, tables > 0 { throw JournalError.foreign(path: path) }
    let superseded = isOurs ? try migrator.hasBeenSuperseded(db) : false
    if version > JournalSchema.version || superseded {
      throw JournalError.newerSchema(
        path: path, found: max(version, JournalSchema.version + 1),
        supported: JournalSchema.version)
    }
    return isOurs ? try migrator.hasCompletedMigrations(db) : false
  }

  /// Checks what SQLite sees (the header on disk may lag behind the WAL) and migrates if needed.
  private func prepareSchema(_ queue: DatabaseQueue) throws {
    let complete = try queue.read { db in try checkSchema(db) }
    guard !complete else { return }
    // Several processes creating the same new journal: the migrator reads the applied
    // migrations before it takes the write lock, so a later one may replay a migration another
    // just committed, and fail. That failure is harmless: read again and go on from there, until
    // the schema is whole (or the same failure keeps coming, which is then real).
    var attempts = 0
    while true {
      do {
        try JournalSchema.migrator.migrate(queue)
        break
      } catch {
        let completed = try queue.read { db in
          try JournalSchema.migrator.hasCompletedMigrations(db)
        }
        if completed { break }
        attempts += 1
        if attempts >= 10 { throw error }
        usleep(useconds_t(10_000 * attempts))
      }
    }
    // A migration may rewrite every row: leave no log of it for later reads to wade through.
    _ = try? queue.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
  }
}
