import Foundation
import Journal
import Practice
import Workflow

extension CommandContext {
  /// Runs `body` with the journal as practice's progress store, after moving the progress an
  /// older `advance` kept in `practice.json` into it (once, while the journal has no practice).
  ///
  /// - Throws: `CommandFailure` with status 3 when the journal cannot be opened, read or written,
  ///   as every journal command does; whatever `body` throws otherwise.
  func withProgressStore<T>(_ body: (JournalProgressStore) throws -> T) throws -> T {
    let journal = try openJournal()
    defer { journal.close() }
    let store = JournalProgressStore(journal: journal)
    do {
      try importLegacyProgress(into: store)
      return try body(store)
    } catch let error as ProgressStoreError {
      throw CommandFailure(error.message, status: 3)
    } catch let error as JournalError {
      throw CommandFailure(error.description, status: 3)
    }
  }

  /// Imports `practice.json` into a journal without practice and renames the file; a file that
  /// cannot be read is left where it is, with a warning.
  private func importLegacyProgress(into store: JournalProgressStore) throws(JournalError) {
    guard let path = LegacyProgressFile.defaultPath(environment: environment),
      FileManager.default.fileExists(atPath: path), try store.isEmpty()
    else { return }
    let file = LegacyProgressFile(path: path)
    let progress: PracticeProgress?
    do {
      progress = try file.load()
    } catch {
      console.warning(error.message + "; it was not imported")
      return
    }
    guard let progress, try store.importProgress(progress) else { return }
    do {
      try file.retire()
      console.line(
        "Imported your practice progress from \(path) into the journal;"
          + " the file is now \(file.importedPath).")
    } catch {
      console.warning(error.message)
    }
  }
}
