import Foundation
import Yams

/// Reads a composed YAML document node by node, collecting every problem with its place instead
/// of stopping at the first.
struct NodeReader {
  let path: String
  private let lines: [Substring]
  private var found: [LoadProblem] = []

  /// Every problem so far, in the order of their places in the file.
  var problems: [LoadProblem] {
    found.enumerated().sorted {
      ($0.element.line, $0.element.column, $0.offset) < (
        $1.element.line, $1.element.column, $1.offset
      )
    }.map(\.element)
  }

  init(path: String, text: String) {
    self.path = path
    self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// The document's root, or nil (with a problem) when it does not parse or is empty.
  mutating func root(of text: String) -> Node? {
    do {
      guard let node = try Yams.compose(yaml: text) else {
        report(line: 1, column: 1, "the file is empty")
        return nil
      }
      return node
    } catch let error as YamlError {
      report(yamlError: error)
      return nil
    } catch {
      report(line: 1, column: 1, "not readable as YAML")
      return nil
    }
  }

  mutating func report(
    _ node: Node?, _ message: String, severity: LoadProblem.Severity = .error
  ) {
    report(
      line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message, severity: severity)
  }

  mutating func report(
    line: Int, column: Int, _ message: String, severity: LoadProblem.Severity = .error
  ) {
    let source = line >= 1 && line <= lines.count ? String(lines[line - 1]) : nil
    found.append(
      LoadProblem(
        path: path, line: line, column: column, severity: severity, message: message,
        sourceLine: source))
  }

  private mutating func report(yamlError error: YamlError) {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      report(line: mark.line, column: mark.column, "YAML: " + problem)
    default:
      report(line: 1, column: 1, "not readable as YAML")
    }
  }

  /// The pairs of a mapping whose keys are plain strings; reports unknown keys (with a
  /// suggestion), duplicate keys and missing required keys.
  mutating func fields(
    _ node: Node, what: String, known: [String], required: [String]
  ) -> [String: Node] {
    guard case .mapping(let mapping) = node else {
      report(node, "\(what) should be a mapping of keys to values")
      return [:]
    }
    var found: [String: Node] = [:]
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        report(key, "keys must be plain words")
        continue
      }
      let name = scalar.string
      if found[name] != nil {
        report(key, "duplicate key '\(name)'")
        continue
      }
      guard known.contains(name) else {
        let hint = Suggestion.closest(to: name, in: known).map { " (did you mean '\($0)'?)" } ?? ""
        report(key, "unknown key '\(name)' in \(what)\(hint)")
        continue
      }
      found[name] = value
    }
    for name in required where found[name] == nil {
      report(node, "\(what) is missing '\(name)'")
    }
    return found
  }

  /// A non-empty string scalar.
  mutating func text(_ node: Node?, _ key: String) -> String? {
    guard let node else { return nil }
    guard case .scalar(let scalar) = node else {
      report(node, "'\(key)' should be text")
      return nil
    }
    let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !value.isEmpty else {
      report(node, "'\(key)' is empty")
      return nil
    }
    return scalar.string.hasSuffix("\n") ? String(scalar.string.dropLast()) : scalar.string
  }

  /// A sequence's items; a single scalar is read as a one-item list.
  mutating func items(_ node: Node?, _ key: String) -> [Node] {
    guard let node else { return [] }
    switch node {
    case .sequence(let sequence):
      return Array(sequence)
    case .scalar:
      return [node]
    default:
      report(node, "'\(key)' should be a list")
      return []
    }
  }

  /// One of `options`, reported with the choices when it is not.
  mutating func choice<T: RawRepresentable<String>>(
    _ node: Node?, _ key: String, _ options: [T]
  ) -> T? {
    guard let value = text(node, key) else { return nil }
    if let found = T(rawValue: value) { return found }
    let names = options.map(\.rawValue)
    let hint = Suggestion.closest(to: value, in: names).map { " (did you mean '\($0)'?)" } ?? ""
    report(node, "'\(value)' is not a \(key)\(hint); use one of: " + names.joined(separator: ", "))
    return nil
  }

  /// A set of currencies from a list such as `[time, money]`.
  mutating func currencies(_ node: Node?) -> Set<Reading.Currency> {
    var result: Set<Reading.Currency> = []
    for item in items(node, "currencies") {
      if let currency = choice(item, "currency", Reading.Currency.allCases) {
        if result.contains(currency) {
          report(item, "'\(currency.rawValue)' is listed twice", severity: .warning)
        }
        result.insert(currency)
      }
    }
    return result
  }
}
