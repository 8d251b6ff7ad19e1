import Vocabulary

/// What `search` looks for: a phrase, and the filters that narrow it.
public struct SearchQuery: Hashable, Sendable {
  /// The words, found as a phrase (in this order, side by side), any case and accents.
  public var text: String
  /// Only this lead's meetings and steps.
  public var leadId: String?
  /// Only leads at this stage now.
  public var stage: LeadStage?
  /// Only meetings (and steps of meetings) on or after this day.
  public var from: JournalDay?
  /// Only on or before this day.
  public var through: JournalDay?
  /// The most hits returned, newest first.
  public var limit: Int

  /// Creates a query.
  public init(
    text: String, leadId: String? = nil, stage: LeadStage? = nil, from: JournalDay? = nil,
    through: JournalDay? = nil, limit: Int = 50
  ) {
    self.text = text
    self.leadId = leadId
    self.stage = stage
    self.from = from
    self.through = through
    self.limit = limit
  }

  /// The FTS5 query: the words as one quoted phrase, so nothing typed is read as FTS syntax;
  /// nil when there is no word to look for.
  var match: String? {
    let words = text.split { !$0.isLetter && !$0.isNumber }
    guard !words.isEmpty else { return nil }
    return "\"" + words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
