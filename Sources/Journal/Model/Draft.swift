import Foundation
import GRDB

/// A wizard in progress: the engine's state, saved after every answer so it can be resumed.
public struct Draft: Codable, Hashable, Sendable {
  /// The wizard's name (`prep`, `debrief`, …).
  public var wizard: String
  /// The lead the wizard is about, as the CLI keys it (a lead id, or a name not yet saved).
  public var lead: String
  /// The engine state, opaque to the journal (JSON text).
  public var state: String
  /// When it was last saved.
  public var updatedAt: Date

  /// Creates a draft.
  public init(wizard: String, lead: String, state: String, updatedAt: Date? = nil) {
    self.wizard = wizard
    self.lead = lead
    self.state = state
    self.updatedAt = updatedAt?.truncatedToMilliseconds ?? Date.journalNow()
  }
}

extension Draft: JournalRecord {
  public static let databaseTableName = "draft"
}
