import Foundation
import TerminalTestSupport
import Testing

@testable import AdvanceCLI
@testable import Workflow

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `export -o`, the history and the rescue file: what stands at the path is written through or
/// refused, never replaced, and temporary names can be neither guessed nor planted.
struct FileWritingTests {
  let folder: TemporaryDirectory

  init() throws {
    folder = try TemporaryDirectory()
  }

  func kind(_ path: String) -> mode_t? {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
  }

  func mode(_ path: String) -> mode_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
  }

  /// A character device like `/dev/null` (1, 3) or `/dev/full` (1, 7), made in the test's
  /// folder so nothing real is at risk; nil where devices cannot be made (not root).
  func device(_ name: String, minor: UInt32) -> String? {
    let path = folder.path + "/" + name
    // makedev(1, minor), spelled out: the macro is not imported.
    guard mknod(path, S_IFCHR | 0o666, dev_t((1 << 8) | minor)) == 0 else { return nil }
    chmod(path, 0o666)
    return path
  }

  @Test func aFullDeviceIsWrittenThroughAndFailsWithoutBeingReplaced() throws {
    guard let full = device("full", minor: 7) else { return }
    #expect(throws: PrivateFile.Failure.self) {
      try PrivateFile.writeAtomically("notes", to: full)
    }
    do {
      try PrivateFile.writeAtomically("notes", to: full)
    } catch {
      #expect(error.reason == String(cString: strerror(ENOSPC)))
    }
    #expect(kind(full) == S_IFCHR)
    #expect(mode(full) == 0o666)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["full"])
  }

  @Test func aNullDeviceIsWrittenThroughAndKeepsItsMode() throws {
    guard let null = device("null", minor: 3) else { return }
    try PrivateFile.writeAtomically("notes", to: null)
    #expect(kind(null) == S_IFCHR)
    #expect(mode(null) == 0o666)
  }

  @Test func aFIFOIsWrittenThrough() throws {
    let fifo = folder.path + "/fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    // A reader first, so opening for writing does not wait; the text fits the pipe's buffer.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    try PrivateFile.writeAtomically("through the pipe\n", to: fifo)
    var buffer = [UInt8](repeating: 0, count: 100)
    let count = read(reader, &buffer, buffer.count)
    #expect(count > 0)
    #expect(String(decoding: buffer[..<max(0, count)], as: UTF8.self) == "through the pipe\n")
    #expect(kind(fifo) == S_IFIFO)
  }

  @Test func aSymlinkIsFollowedAndKept() throws {
    let real = folder.path + "/real.md"
    try "old".write(toFile: real, atomically: false, encoding: .utf8)
    let link = folder.path + "/link.md"
    #expect(symlink(real, link) == 0)
    try PrivateFile.writeAtomically("new", to: link)
    #expect(kind(link) == S_IFLNK)
    #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
    #expect(mode(real) == 0o600)
  }

  @Test func aFolderIsRefused() throws {
    #expect(throws: PrivateFile.Failure.self) {
      try PrivateFile.writeAtomically("x", to: folder.path)
    }
  }

  @Test func aLinkPlantedAtTheOldTemporaryNameIsNotFollowed() throws {
    let victim = folder.path + "/victim"
    try "precious".write(toFile: victim, atomically: false, encoding: .utf8)
    chmod(victim, 0o644)
    let target = folder.path + "/export.md"
    // The name the writer used to take for its temporary file, planted as a link.
    #expect(symlink(victim, target + ".tmp-\(getpid())") == 0)
    try PrivateFile.writeAtomically("export", to: target)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    #expect(mode(victim) == 0o644)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "export")
    #expect(kind(target) == S_IFREG)
  }

  @Test func staleTemporariesOfAKilledWriterAreRemoved() throws {
    let target = folder.path + "/export.json"
    let prefix = PrivateFile.temporaryPrefix(for: "export.json")
    // A writer that is gone (no such process), and one that is running (our parent).
    let stale = folder.path + "/" + prefix + "\(Int32.max - 1)-0123456789abcdef.tmp"
    let live = folder.path + "/" + prefix + "\(getppid())-fedcba9876543210.tmp"
    // Another file's, from the same killed writer; and a name of the same look that is not ours.
    let otherFile =
      folder.path + "/" + PrivateFile.temporaryPrefix(for: "notes.md")
      + "\(Int32.max - 1)-00000000000000ff.tmp"
    let notOurs = folder.path + "/.x.advance-\(Int32.max - 1)-backup.tmp"
    try String(repeating: "x", count: 1 << 20).write(
      toFile: stale, atomically: false, encoding: .utf8)
    for file in [live, otherFile, notOurs] {
      try "y".write(toFile: file, atomically: false, encoding: .utf8)
    }
    try PrivateFile.writeAtomically("{}", to: target)
    #expect(kind(stale) == nil)
    #expect(kind(otherFile) == nil)
    #expect(kind(live) == S_IFREG)
    #expect(kind(notOurs) == S_IFREG)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    let kept = [live, notOurs].map { ($0 as NSString).lastPathComponent }
    #expect(names == (["export.json"] + kept).sorted())
  }

  @Test func rescueFilesHaveUnguessableNamesAndArePrivate() throws {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let first = try PrivateFile.createUnique(
      "a", in: folder.path, prefix: "advance-debrief-x", suffix: ".yaml")
    let second = try PrivateFile.createUnique(
      "b", in: folder.path, prefix: "advance-debrief-x", suffix: ".yaml")
    #expect(first != second)
    #expect(first.hasPrefix(folder.path + "/advance-debrief-x-") && first.hasSuffix(".yaml"))
    #expect(mode(first) == 0o600)
    #expect(try String(contentsOfFile: second, encoding: .utf8) == "b")
    let rescue = try WizardRescue.write("lead: Ada\n", wizard: "debrief", now: now)
    let again = try WizardRescue.write("lead: Ada\n", wizard: "debrief", now: now)
    defer {
      unlink(rescue)
      unlink(again)
    }
    #expect(mode(rescue) == 0o600)
    #expect(rescue != again)
  }

  @Test func exportToStandardOutputWritesThroughIt() throws {
    let run = try ShellRun.run(
      "\"$ADVANCE\" export --format json -o /dev/stdout | cat",
      environment: folder.environment(["ADVANCE_TODAY": "2026-11-23"]))
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.hasPrefix("{"))
    #expect(run.output.hasSuffix("wrote /dev/stdout\n"))
    #expect(kind("/dev/stdout") == S_IFLNK)
  }

  @Test func exportToStandardOutputRedirectedToAFileKeepsTheOrder() throws {
    let file = folder.path + "/out.csv"
    let run = try ShellRun.run(
      "\"$ADVANCE\" export --format csv -o /dev/stdout >'\(file)'",
      environment: folder.environment(["ADVANCE_TODAY": "2026-11-23"]))
    #expect(run.status == 0, "\(run.errors)")
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.hasPrefix("name,company,role,stage,meetings,"))
    #expect(text.hasSuffix("\r\nwrote /dev/stdout\n"))
  }

  @Test func exportToAFullDeviceIsAnError() throws {
    guard let full = device("full", minor: 7) else { return }
    let run = try ShellRun.run(
      "\"$ADVANCE\" export -o '\(full)'",
      environment: folder.environment(["ADVANCE_TODAY": "2026-11-23"]))
    #expect(run.status == 1)
    #expect(run.errors == "error: cannot write \(full): No space left on device\n")
    #expect(!run.output.contains("wrote"))
    #expect(kind(full) == S_IFCHR)
  }
}
