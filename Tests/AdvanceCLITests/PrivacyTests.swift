import Foundation
import TerminalTestSupport
import Testing

/// What `advance` writes is private whatever the umask: folders 0700, files 0600.
@Suite(.serialized)
struct PrivacyTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  func mode(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  /// Runs `advance ARGUMENTS` under `umask 000` at a terminal, feeding it `lines`.
  func runWithOpenUmask(_ arguments: [String], lines: [String], waitFor marker: String) throws {
    let binary = try AdvanceBinary.require()
    let command = ([binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
    let session = try TerminalSession(
      executable: "/bin/sh", arguments: ["-c", "umask 000; exec " + command],
      environment: home.environment(["ADVANCE_TODAY": "2026-11-23"]))
    for line in lines {
      try session.waitFor(marker)
      try session.waitForEditing()
      session.type(line + "\r")
    }
    #expect(try session.waitForExit() == 0)
  }

  @Test func journalHistoryAndExportsArePrivateUnderAnOpenUmask() throws {
    // A wizard answer and a REPL command, so the journal and the history both exist.
    try runWithOpenUmask(
      ["prep", "Ada"], lines: ["first", ":quit"], waitFor: "› ")
    try runWithOpenUmask([], lines: ["leads", "quit"], waitFor: "advance> ")
    var files = [
      home.path + "/data/advance/journal.sqlite", home.path + "/state/advance/history",
    ]
    for format in ["md", "json", "csv", "csv-leads", "csv-commitments", "ics"] {
      let path = home.path + "/export." + format
      try runWithOpenUmask(
        [], lines: ["export --format \(format) -o \(path)", "quit"], waitFor: "advance> ")
      files.append(path)
    }
    for file in files {
      #expect(try mode(file) == 0o600, "\(file)")
    }
    for folder in [home.path + "/data/advance", home.path + "/state/advance"] {
      #expect(try mode(folder) == 0o700, "\(folder)")
    }
    // The wizard's answer stayed out of the command history.
    let history = try String(contentsOfFile: files[1], encoding: .utf8)
    #expect(!history.contains("first"))
  }
}
