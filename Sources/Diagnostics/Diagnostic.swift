/// One problem found in a user's file: a severity, a stable code, a one-line message, a place.
///
/// Every loader in the project (prompt scripts, lexicons, personas, drills, answers files) reports
/// through this type, so `advance check` prints them all the same way. Render one with
/// ``rendered(source:)`` or ``DiagnosticRenderer``.
///
/// Messages are one line, start lower-case and never quote a user's private answer text.
public struct Diagnostic: Sendable, Hashable, Codable {
  /// How bad a problem is.
  public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// The file cannot be used as written.
    case error
    /// The file works, but probably not as its writer meant (`--strict` turns these into failures).
    case warning
    /// Extra information attached to another diagnostic.
    case note

    private var rank: Int {
      switch self {
      case .error: return 2
      case .warning: return 1
      case .note: return 0
      }
    }

    /// Orders notes before warnings before errors.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// How bad the problem is.
  public var severity: Severity
  /// A short stable identifier, such as `unknown-key`, that tests and tools can match on.
  public var code: DiagnosticCode
  /// The one-line message, without location or severity.
  public var message: String
  /// Where the problem is, when it has a place.
  public var location: SourceLocation?
  /// Follow-up notes, such as "first defined here".
  public var notes: [Diagnostic]

  /// Creates a diagnostic.
  ///
  /// - Parameters:
  ///   - severity: How bad the problem is.
  ///   - code: A code from the loader's catalogue, such as `.unknownKey`.
  ///   - message: The one-line message.
  ///   - location: Where the problem is, if it has a place.
  ///   - notes: Follow-up notes.
  public init(
    _ severity: Severity, code: DiagnosticCode, _ message: String,
    at location: SourceLocation? = nil,
    notes: [Diagnostic] = []
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.location = location
    self.notes = notes
  }

  /// Creates an error.
  public static func error(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation? = nil,
    notes: [Diagnostic] = []
  ) -> Diagnostic {
    Diagnostic(.error, code: code, message, at: location, notes: notes)
  }

  /// Creates a warning.
  public static func warning(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation? = nil,
    notes: [Diagnostic] = []
  ) -> Diagnostic {
    Diagnostic(.warning, code: code, message, at: location, notes: notes)
  }

  /// Creates a note, to attach to another diagnostic.
  public static func note(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
    Diagnostic(.note, code: .note, message, at: location)
  }

  /// The first line alone: `file:line:col: severity: message`.
  public var headline: String {
    if let location {
      return "\(location): \(severity.rawValue): \(message)"
    }
    return "\(severity.rawValue): \(message)"
  }
}

/// A diagnostic can be thrown where one problem ends the work, as when a file cannot be decoded.
extension Diagnostic: Error {}

extension Diagnostic: CustomStringConvertible {
  /// The headline, without source lines.
  public var description: String { headline }
}
