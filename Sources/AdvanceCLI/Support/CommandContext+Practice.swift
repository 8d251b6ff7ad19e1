import Foundation
import Journal
import Practice

extension CommandContext {
  /// Runs `body` with the journal as practice's progress store.
  ///
  /// - Throws: `CommandFailure` with status 3 when the journal cannot be opened, read or written,
  ///   as every journal command does; whatever `body` throws otherwise.
  func withProgressStore<T>(_ body: (JournalProgressStore) throws -> T) throws -> T {
    let journal = try openJournal()
    defer { journal.close() }
    let store = JournalProgressStore(journal: journal)
    do {
      return try body(store)
    } catch let error as ProgressStoreError {
      throw CommandFailure(error.message, status: 3)
    } catch let error as JournalError {
      throw CommandFailure(error.description, status: 3)
    }
  }
}
