import Foundation
import GRDB

/// Puts a connection in write-ahead-log mode, as every journal connection wants it.
enum WALSwitch {
  /// Switches `db` to WAL, retrying while another connection holds the lock.
  ///
  /// Several processes opening the same new journal at once each ask for the switch, which needs
  /// the file to themselves. SQLite answers a connection that would deadlock with SQLITE_BUSY at
  /// once, without calling the busy handler, so the busy timeout alone does not cover this: wait
  /// and retry here, for as long as the busy timeout would have waited.
  static func apply(to db: Database, within seconds: Double) throws {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    var pause = 1_000
    while true {
      do {
        guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
          throw DatabaseError(message: "could not switch the journal to WAL mode")
        }
        return
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
        guard ContinuousClock.now < deadline else { throw error }
        usleep(useconds_t(pause))
        pause = min(pause * 2, 50_000)
      }
    }
  }
}
