import Diagnostics
import Vocabulary

/// A named list of phrases sharing a role, a weight and what they imply.
public struct LexiconGroup: Sendable, Hashable {
  /// The group's key in its file, such as `meeting`.
  public var name: String
  /// The file the group came from, for messages.
  public var file: String
  /// What the phrases mean.
  public var role: LexiconRole
  /// The phrases as written in the file.
  public var phrases: [String]
  /// How much one match counts, 0–100.
  public var weight: Int
  /// What a commitment of this kind costs the other side.
  public var currencies: [Currency]
  /// The kind of signal reported for a match (`meeting`, `introduction`, `deposit`...).
  public var signal: String?
  /// Anchor roles of which at least one must be present for a commit to be concrete.
  public var needs: [LexiconRole]
  /// How far a negator or conditional reaches: `clause`, `sentence` or a number of words.
  public var scope: Scope
  /// A plain-language reason shown when the group decides something.
  public var reason: String?
  /// A rewrite hint for question flags.
  public var hint: String?
  /// The earlyvangelist sign, for `earlyvangelist` groups.
  public var sign: String?
  /// Where each phrase is written, when the group came from a file.
  public var phraseLocations: [SourceLocation] = []

  /// How far a negator or conditional reaches.
  public enum Scope: Sendable, Hashable {
    /// The next few words, within the clause.
    case words(Int)
    /// Up to the next comma, "but" or sentence end.
    case clause
    /// Up to the end of the sentence or a "but".
    case sentence
  }

  /// Creates a group; defaults fit most roles.
  public init(
    name: String, file: String = "", role: LexiconRole, phrases: [String], weight: Int = 10,
    currencies: [Currency] = [], signal: String? = nil, needs: [LexiconRole] = [],
    scope: Scope = .clause, reason: String? = nil, hint: String? = nil, sign: String? = nil
  ) {
    self.name = name
    self.file = file
    self.role = role
    self.phrases = phrases
    self.weight = weight
    self.currencies = currencies
    self.signal = signal
    self.needs = needs
    self.scope = scope
    self.reason = reason
    self.hint = hint
    self.sign = sign
  }
}
