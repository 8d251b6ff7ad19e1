import Diagnostics
import Foundation
import YAMLSource
import Yams

/// A YAML map from question id to answer, for running a wizard without a terminal.
///
/// ```yaml
/// lead: Acme
/// reply: We'll pay for a pilot starting in March.
/// notes: |
///   They use spreadsheets today.
/// ```
///
/// Values are plain strings (block scalars for notes); a list is read as a multi-choice answer.
public struct AnswersFile: Sendable {
  /// One answer with its place in the file.
  public struct Entry: Sendable, Hashable {
    /// The question id.
    public var id: String
    /// The answer as written.
    public var value: String
    /// Where the answer's value is written.
    public var location: SourceLocation
    /// Where the id is written.
    public var keyLocation: SourceLocation
  }

  /// The path diagnostics print.
  public var path: String
  /// The answers in file order.
  public var entries: [Entry]

  /// The entry for a question id.
  public subscript(id: String) -> Entry? { entries.first { $0.id == id } }

  /// Reads an answers file, reporting problems into a bag.
  ///
  /// - Parameters:
  ///   - path: The file; also the name diagnostics print.
  ///   - bag: Where problems are reported.
  /// - Returns: The answers, or nil when the file cannot be used.
  public static func load(path: String, into bag: DiagnosticBag) -> AnswersFile? {
    YAMLDocument.load(path: path, into: bag).flatMap { read($0, into: bag) }
  }

  /// Reads answers from bytes.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The name diagnostics print.
  ///   - bag: Where problems are reported.
  /// - Returns: The answers, or nil when the bytes cannot be used.
  public static func parse(_ data: Data, path: String, into bag: DiagnosticBag) -> AnswersFile? {
    YAMLDocument.parse(data, path: path, into: bag).flatMap { read($0, into: bag) }
  }

  private static func read(_ document: YAMLDocument, into bag: DiagnosticBag) -> AnswersFile? {
    guard let pairs = document.root.entries() else { return nil }
    var entries: [Entry] = []
    for pair in pairs {
      let value: String?
      if case .sequence(let items) = pair.value.node,
        items.contains(where: { if case .mapping = $0 { true } else { false } })
      {
        value = records(pair.value)
      } else if case .sequence = pair.value.node {
        value = pair.value.strings()?.joined(separator: ", ")
      } else if pair.value.isNull {
        value = ""
      } else {
        value = pair.value.string()
      }
      guard var value else { continue }
      // Block scalars end with a newline that is not part of the answer.
      while value.last?.isNewline == true {
        value.removeLast()
      }
      entries.append(
        Entry(
          id: pair.key, value: value, location: pair.value.location,
          keyLocation: pair.keyNode.location))
    }
    return AnswersFile(path: document.path, entries: entries)
  }

  /// A list of records (`next_steps: [{what: …, owner: them, due: 2026-12-14}]`) as one line
  /// per record, its values joined by ` | ` in the order written, under `what`, `owner`, `due`.
  private static func records(_ list: YAMLNode) -> String? {
    guard let items = list.sequence() else { return nil }
    let lines = items.compactMap { item -> String? in
      guard let record = item.mapping(required: ["what"], optional: ["owner", "due"]) else {
        return nil
      }
      let values = record.entries.compactMap { entry -> String? in
        guard let text = entry.value.string() else { return nil }
        return text.replacingOccurrences(of: " | ", with: " / ")
      }
      return values.joined(separator: " | ")
    }
    return lines.joined(separator: "\n")
  }
}

extension AnswersFile {
  /// The YAML of `answers`, in the given order, that `load` reads back to the same values.
  ///
  /// - Throws: when Yams cannot emit the text (it never should for plain strings).
  public static func render(_ answers: [(id: String, value: String)]) throws -> String {
    let pairs = answers.map { answer in
      // Plain where YAML would read the text back as a string, quoted where it would not
      // ("null", "~"), a literal block for several lines.
      let plain = Node(answer.value)
      let style: Node.Scalar.Style =
        answer.value.contains("\n")
        ? .literal : Resolver.default.resolveTag(of: plain) == .str ? .any : .doubleQuoted
      return (Node(answer.id), Node(answer.value, Tag(.str), style))
    }
    return try Yams.serialize(node: Node(pairs))
  }
}
