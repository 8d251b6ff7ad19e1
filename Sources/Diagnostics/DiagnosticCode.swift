/// A diagnostic's short stable identifier, such as `unknown-key`, that tests and tools match on.
///
/// Each loader lists its codes in one place, as static members of an extension
/// (`DiagnosticCode+YAML.swift`, `DiagnosticCode+Script.swift`, …), and call sites name them:
/// `bag.error(.unknownKey, …)`. A code shared by two loaders is declared once, by the lower
/// module (a lexicon that cannot be read uses YAMLSource's `.unreadableFile`).
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible
{
  /// The identifier as printed and matched, such as `unknown-key`.
  public let rawValue: String

  /// Creates a code; declare it in the loader's catalogue rather than at a call site.
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// Creates a code; declare it in the loader's catalogue rather than at a call site.
  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  /// The identifier.
  public var description: String { rawValue }

  /// A note attached to another diagnostic.
  public static let note = DiagnosticCode("note")
}
