import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PrivateFile {
  /// Writes `contents` to `path`, whatever stands there.
  ///
  /// A regular file, or none, is replaced atomically: the text goes to a temporary file with an
  /// unpredictable name created exclusively in the same folder, is flushed to disk, then renamed
  /// over the old one, so a crash leaves the old or the new file. A symlink is followed to the
  /// file it names (which is replaced; the link stays), and a character device or a FIFO
  /// (`/dev/null`, `/dev/full`, a terminal) is written through, appending, never replaced or
  /// chmodded; `/dev/stdout`, `/dev/fd/N` and `/proc/self/fd/N` are written through the
  /// descriptor itself, whatever it leads to. A link or special file planted by another user in
  /// a shared folder such as `/tmp` is refused, as are folders, block devices and sockets.
  ///
  /// - Throws: `Failure` naming the path when any step fails (the old file is then untouched).
  public static func writeAtomically(_ contents: String, to path: String) throws(Failure) {
    var link = stat()
    guard lstat(path, &link) == 0 else {
      if errno == ENOENT { return try replace(path, with: contents) }
      throw Failure(path)
    }
    if let descriptor = ownDescriptor(path) {
      // Written through the descriptor itself, at its offset, as a shell's `>` left it.
      let failure = writeAll(contents, to: descriptor)
      if failure != 0 { throw Failure(path, errno: failure) }
      return
    }
    if path.hasPrefix("/proc/") && path.contains("/fd/") {
      return try writeThrough(contents, to: path)
    }
    let isLink = link.st_mode & S_IFMT == S_IFLNK
    if isLink || link.st_mode & S_IFMT != S_IFREG {
      guard isTrusted(link, in: path) else {
        throw Failure(
          path, reason: "belongs to another user in a shared folder; not following or writing it")
      }
    }
    var target = link
    if isLink && stat(path, &target) != 0 {
      throw Failure(path, reason: "is a symbolic link to a file that does not exist")
    }
    switch target.st_mode & S_IFMT {
    case S_IFREG:
      guard isLink else { return try replace(path, with: contents) }
      guard let resolved = realpath(path, nil) else { throw Failure(path) }
      defer { free(resolved) }
      try replace(String(cString: resolved), with: contents)
    case S_IFCHR, S_IFIFO:
      // Not through a link the checks above did not see: only a device or FIFO is written.
      try writeThrough(contents, to: path, followingLinks: isLink, specialOnly: true)
    case S_IFDIR:
      throw Failure(path, errno: EISDIR)
    default:
      throw Failure(path, reason: "is a block device or a socket, not a file; not writing it")
    }
  }

  /// Creates a new 0600 file `folder/prefix-RANDOM+suffix` holding `contents`, exclusively and
  /// never through a link, so nobody can plant the name first; returns its path.
  ///
  /// - Throws: `Failure` when the file cannot be created or written (no file is left then).
  public static func createUnique(
    _ contents: String, in folder: String, prefix: String, suffix: String
  ) throws(Failure) -> String {
    let (descriptor, path) = try createExclusively(for: folder) {
      "\(folder)/\(prefix)-\(randomWord())\(suffix)"
    }
    var failure = writeAll(contents, to: descriptor)
    if failure == 0 && fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0 && failure == 0 { failure = errno }
    if failure != 0 {
      unlink(path)
      throw Failure(path, errno: failure)
    }
    return path
  }

  /// The start of our temporary files' names for `path`: `.NAME.advance-`, then the writer's
  /// process id, a random word, and `.tmp`.
  static func temporaryPrefix(for name: String) -> String {
    ".\(name.prefix(100)).advance-"
  }

  private static func replace(_ path: String, with contents: String) throws(Failure) {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let prefix = temporaryPrefix(for: name)
    removeStaleTemporaries(in: folder.isEmpty ? "/" : folder)
    let (descriptor, temporary) = try createExclusively(for: path) {
      "\(folder)/\(prefix)\(getpid())-\(randomWord()).tmp"
    }
    var failure = writeAll(contents, to: descriptor)
    if failure == 0 && fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0 && failure == 0 { failure = errno }
    if failure == 0 && rename(temporary, path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw Failure(path, errno: failure)
    }
  }

  /// Opens a new file at one of the names `name()` makes, with `O_EXCL` and `O_NOFOLLOW`.
  ///
  /// An existing file or a planted link is never opened, only skipped for another name. Errors
  /// name `target`, the file the user knows about.
  private static func createExclusively(
    for target: String, _ name: () -> String
  ) throws(Failure) -> (descriptor: Int32, path: String) {
    var path = name()
    for _ in 0..<32 {
      let descriptor = open(
        path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(0o600))
      if descriptor >= 0 {
        // The mode given to open is filtered by the umask, which may make it stricter only.
        fchmod(descriptor, 0o600)
        return (descriptor, path)
      }
      guard errno == EEXIST || errno == ELOOP else { throw Failure(target) }
      path = name()
    }
    throw Failure(target, errno: EEXIST)
  }

  /// Writes into an existing device, FIFO or file without replacing or truncating it.
  ///
  /// - Parameters:
  ///   - contents: The text to write.
  ///   - path: What to write into.
  ///   - followingLinks: Whether `path` may be a symbolic link (it was one when checked).
  ///   - specialOnly: Whether what is opened must be a character device or a FIFO, as it was
  ///     when checked: a file swapped in since is not written.
  /// - Throws: `Failure` when it cannot be opened or written, or is not what it was.
  private static func writeThrough(
    _ contents: String, to path: String, followingLinks: Bool = true, specialOnly: Bool = false
  ) throws(Failure) {
    let flags = O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW)
    let descriptor = open(path, flags)
    guard descriptor >= 0 else { throw Failure(path) }
    var info = stat()
    let kind = fstat(descriptor, &info) == 0 ? info.st_mode & S_IFMT : 0
    if kind == S_IFBLK || (specialOnly && kind != S_IFCHR && kind != S_IFIFO) {
      close(descriptor)
      throw Failure(path, reason: "is not a file, a character device or a FIFO; not writing it")
    }
    var failure = writeAll(contents, to: descriptor)
    if close(descriptor) != 0 && failure == 0 { failure = errno }
    if failure != 0 { throw Failure(path, errno: failure) }
  }

  /// Removes temporary files of ours left in `folder` by writers that were killed, whatever
  /// file they were writing: named `.NAME.advance-PID-RANDOM.tmp`, regular, owned by this user,
  /// and written by a process that is gone (or over a day ago, in case the id was reused).
  private static func removeStaleTemporaries(in folder: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return
    }
    let dayAgo = time(nil) - 86_400
    for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
      guard let pid = writer(ofTemporary: name), pid != getpid() else { continue }
      let path = folder + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
        info.st_uid == geteuid()
      else { continue }
      let isGone = kill(pid, 0) != 0 && errno == ESRCH
      if isGone || info.st_mtim.tv_sec < dayAgo {
        unlink(path)
      }
    }
  }

  /// The writer's process id when `name` has exactly the shape of our temporary files' names.
  static func writer(ofTemporary name: String) -> pid_t? {
    guard let marker = name.range(of: ".advance-", options: .backwards) else { return nil }
    let rest = name[marker.upperBound...].dropLast(".tmp".count)
    let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].count == 16,
      parts[1].allSatisfy({ $0.isHexDigit && !$0.isUppercase }),
      parts[0].allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return pid_t(parts[0])
  }

  /// The descriptor of this process that `path` names (`/dev/stdout`, `/dev/fd/N`,
  /// `/proc/self/fd/N`), when it is open.
  private static func ownDescriptor(_ path: String) -> Int32? {
    let number: Int32? =
      switch path {
      case "/dev/stdout": STDOUT_FILENO
      case "/dev/stderr": STDERR_FILENO
      default:
        ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/"].lazy.compactMap { prefix in
          path.hasPrefix(prefix) ? Int32(path.dropFirst(prefix.count)) : nil
        }.first
      }
    guard let number, fcntl(number, F_GETFD) != -1 else { return nil }
    return number
  }

  /// Whether a link or special file may be followed or written: it is ours, or its folder's
  /// owner's (as `/dev/stdout` is root's in root's `/dev`), as Linux's `protected_symlinks` has it.
  private static func isTrusted(_ info: stat, in path: String) -> Bool {
    if info.st_uid == geteuid() { return true }
    let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    var parent = stat()
    guard stat(folder.isEmpty ? "/" : folder, &parent) == 0 else { return false }
    return info.st_uid == parent.st_uid
  }

  /// Writes every byte, retrying after interruptions; returns 0 or the error.
  private static func writeAll(_ contents: String, to descriptor: Int32) -> Int32 {
    let utf8 = Array(contents.utf8)
    var offset = 0
    while offset < utf8.count {
      let written = utf8.withUnsafeBytes {
        write(descriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return 0
  }

  /// Sixteen hex digits from the system's random source.
  private static func randomWord() -> String {
    let value = UInt64.random(in: .min ... .max)
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
