import Foundation
import TerminalTestSupport
import Vocabulary

@testable import Journal

extension TemporaryDirectory {
  /// A journal at `journal.sqlite` in the folder, opened.
  func journal(busyTimeout: Double = 5) throws -> JournalStore {
    let journal = JournalStore(path: path + "/journal.sqlite", busyTimeout: busyTimeout)
    try journal.open()
    return journal
  }
}

/// Days used across tests.
enum Days {
  static func day(_ text: String) -> JournalDay {
    JournalDay(text) ?? JournalDay(ordinal: 0)
  }

  static let today = day("2026-11-23")
}

/// The POSIX permission bits of a file.
func permissions(_ path: String) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// Runs SQL on a file with the system SQLite, bypassing the journal.
@discardableResult
func sqlite(_ path: String, _ sql: String) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
  process.arguments = [path, sql]
  let output = Pipe()
  process.standardOutput = output
  process.standardError = output
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self)
}
