/// Supplies the words that may stand at a position of a line being typed.
///
/// The line editor asks for candidates when Tab is pressed; the REPL answers with commands, and
/// later with choices, lead and persona names.
public protocol CompletionProvider {
  /// The candidates for the word being typed.
  ///
  /// - Parameter precedingWords: The complete words before the one being typed.
  /// - Returns: Every word that may stand there; the completer filters them by the typed prefix.
  func candidates(precedingWords: [String]) -> [String]
}

/// A completion provider backed by a closure.
public struct ClosureCompletionProvider: CompletionProvider {
  private let body: ([String]) -> [String]

  public init(_ body: @escaping ([String]) -> [String]) {
    self.body = body
  }

  public func candidates(precedingWords: [String]) -> [String] {
    body(precedingWords)
  }
}

/// Decides what Tab does to a line: complete a unique match, extend to the common prefix of
/// several, or list them when the prefix cannot grow.
public struct Completer {
  /// What Tab should do.
  public enum Action: Equatable, Sendable {
    /// Insert this text at the cursor.
    case insert(String)
    /// Nothing can be inserted; these are the matches to show.
    case list([String])
    /// Nothing matches.
    case none
  }

  public let provider: any CompletionProvider

  public init(provider: any CompletionProvider) {
    self.provider = provider
  }

  /// What to do for the text before the cursor.
  ///
  /// - Parameter textBeforeCursor: The part of the line left of the cursor.
  /// - Returns: The text to insert, the matches to list, or `.none`.
  public func action(forTextBeforeCursor textBeforeCursor: String) -> Action {
    let (preceding, partial) = Self.split(textBeforeCursor)
    let matches = Array(
      Set(provider.candidates(precedingWords: preceding).filter { $0.hasPrefix(partial) })
    ).sorted()
    guard let first = matches.first else {
      return .none
    }
    if matches.count == 1 {
      return .insert(String(first.dropFirst(partial.count)) + " ")
    }
    let common = matches.dropFirst().reduce(first) { $0.commonPrefix(with: $1) }
    if common.count > partial.count {
      return .insert(String(common.dropFirst(partial.count)))
    }
    return .list(matches)
  }

  /// Splits the text before the cursor into finished words and the word being typed.
  static func split(_ text: String) -> (preceding: [String], partial: String) {
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    let endsWithBlank = text.last.map { $0 == " " || $0 == "\t" } ?? true
    let partial = endsWithBlank ? "" : (words.popLast() ?? "")
    return (words, partial)
  }
}

extension String {
  fileprivate func commonPrefix(with other: String) -> String {
    String(zip(self, other).prefix(while: { $0 == $1 }).map(\.0))
  }
}
