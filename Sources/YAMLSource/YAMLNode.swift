import Diagnostics
import Yams

/// A YAML node with its place, read through typed accessors that report problems instead of throwing.
///
/// Each accessor returns `nil` when the node is not what was asked for and adds an error at the
/// node's mark to the shared ``DiagnosticBag``, so a loader keeps going and reports everything.
/// Plain scalars are read as written: `yes` is the string "yes" when a string is asked for, and a
/// boolean only when ``bool()`` is asked for.
public struct YAMLNode {
  /// The Yams node.
  public let node: Node
  /// The file path diagnostics print.
  public let file: String
  /// Where problems are reported.
  public let bag: DiagnosticBag
  /// How messages name this node, such as `'title'`; nil for a node not reached through a key.
  public let label: String?

  /// Wraps a Yams node.
  ///
  /// - Parameters:
  ///   - node: The node, with its mark.
  ///   - file: The path diagnostics print.
  ///   - bag: Where problems are reported.
  ///   - label: How messages name this node (for example the key it is the value of).
  public init(_ node: Node, file: String, bag: DiagnosticBag, label: String? = nil) {
    self.node = node
    self.file = file
    self.bag = bag
    self.label = label
  }

  /// Where the node starts (1:1 when Yams gave no mark).
  public var location: SourceLocation {
    SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
  }

  /// What kind of node this is, for messages: "a string", "a list", "a mapping", "nothing".
  public var kindDescription: String {
    switch node {
    case .scalar:
      return isNull ? "nothing" : "a string"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  /// Whether the node is an empty or null plain scalar (`key:` with no value, `~`, `null`).
  public var isNull: Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else {
      return false
    }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// The scalar's text exactly as written, or nil for a collection (without reporting).
  public var scalarText: String? {
    if case .scalar(let scalar) = node { return scalar.string }
    return nil
  }

  /// Reports an error at this node.
  ///
  /// - Parameters:
  ///   - code: The diagnostic code.
  ///   - message: The one-line message.
  public func error(_ code: DiagnosticCode, _ message: String) {
    bag.error(code, message, at: location)
  }

  /// Reports a warning at this node.
  ///
  /// - Parameters:
  ///   - code: The diagnostic code.
  ///   - message: The one-line message.
  public func warning(_ code: DiagnosticCode, _ message: String) {
    bag.warning(code, message, at: location)
  }

  /// Reports that the node has the wrong type.
  ///
  /// - Parameter expected: What was wanted, with its article ("a string", "a list of strings").
  public func wrongType(expected: String) {
    let subject = label.map { "\($0) must be \(expected)" } ?? "expected \(expected)"
    error(.wrongType, "\(subject), found \(kindDescription)")
  }

  /// The text of a non-null scalar.
  ///
  /// - Returns: The string, or nil (reported) for a collection or null.
  public func string() -> String? {
    guard case .scalar(let scalar) = node, !isNull else {
      wrongType(expected: "a string")
      return nil
    }
    return scalar.string
  }

  /// A whole number, optionally within bounds.
  ///
  /// - Parameter range: The accepted values, if bounded.
  /// - Returns: The number, or nil (reported).
  public func int(in range: ClosedRange<Int>? = nil) -> Int? {
    guard case .scalar(let scalar) = node, !isNull,
      let value = Int(scalar.string.replacingOccurrences(of: "_", with: ""))
    else {
      wrongType(expected: "a whole number")
      return nil
    }
    if let range, !range.contains(value) {
      let subject = label ?? "the number"
      error(
        .outOfRange,
        "\(subject) must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
      return nil
    }
    return value
  }

  /// A decimal number.
  ///
  /// - Returns: The number, or nil (reported).
  public func double() -> Double? {
    guard case .scalar(let scalar) = node, !isNull, let value = Double(scalar.string),
      value.isFinite
    else {
      wrongType(expected: "a number")
      return nil
    }
    return value
  }

  /// A boolean: `true`/`false` or `yes`/`no` (any case).
  ///
  /// - Returns: The boolean, or nil (reported).
  public func bool() -> Bool? {
    guard case .scalar(let scalar) = node else {
      wrongType(expected: "true or false")
      return nil
    }
    switch scalar.string.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      wrongType(expected: "true or false")
      return nil
    }
  }

  /// The items of a list.
  ///
  /// - Returns: The item nodes (labelled `'key' item N`), or nil (reported) when not a list.
  public func sequence() -> [YAMLNode]? {
    guard case .sequence(let sequence) = node else {
      wrongType(expected: "a list")
      return nil
    }
    return sequence.enumerated().map { index, item in
      YAMLNode(item, file: file, bag: bag, label: label.map { "\($0) item \(index + 1)" })
    }
  }

  /// A list of strings; items that are not strings are reported and left out.
  ///
  /// - Returns: The strings, or nil (reported) when not a list.
  public func strings() -> [String]? {
    sequence()?.compactMap { $0.string() }
  }

  /// A mapping whose keys are declared up front.
  ///
  /// Reports, at their marks: keys that are not plain strings, duplicate keys, keys that are
  /// neither required nor optional (with "did you mean"), and required keys that are missing.
  ///
  /// - Parameters:
  ///   - required: Keys that must be present.
  ///   - optional: Keys that may be present.
  /// - Returns: The mapping (holding only its valid, first-seen keys), or nil (reported) when the
  ///   node is not a mapping.
  public func mapping(required: [String] = [], optional: [String] = []) -> YAMLMapping? {
    guard let entries = entries() else { return nil }
    let allowed = required + optional
    var kept: [YAMLMapping.Entry] = []
    for entry in entries {
      guard allowed.contains(entry.key) else {
        entry.keyNode.error(
          .unknownKey,
          "unknown key '\(entry.key)'" + Suggestion.didYouMean(entry.key, in: allowed))
        continue
      }
      kept.append(entry)
    }
    let present = Set(kept.map(\.key))
    for key in required where !present.contains(key) {
      let owner = label.map { " in \($0)" } ?? ""
      error(.missingKey, "missing required key '\(key)'\(owner)")
    }
    return YAMLMapping(node: self, entries: kept)
  }

  /// A mapping with free-form keys, such as an answers file (question id → answer).
  ///
  /// Reports keys that are not plain strings and duplicate keys; keeps the first of duplicates.
  ///
  /// - Returns: The entries in document order, or nil (reported) when the node is not a mapping.
  public func entries() -> [YAMLMapping.Entry]? {
    guard case .mapping(let mapping) = node else {
      wrongType(expected: "a mapping")
      return nil
    }
    var result: [YAMLMapping.Entry] = []
    var firstSeen: [String: SourceLocation] = [:]
    for (keyNode, valueNode) in mapping {
      let key = YAMLNode(keyNode, file: file, bag: bag)
      guard case .scalar(let scalar) = keyNode else {
        key.error(.nonScalarKey, "keys must be plain strings, found \(key.kindDescription)")
        continue
      }
      let name = scalar.string
      if let first = firstSeen[name] {
        bag.error(
          .duplicateKey, "duplicate key '\(name)'", at: key.location,
          notes: [.note("first defined here", at: first)])
        continue
      }
      firstSeen[name] = key.location
      let value = YAMLNode(valueNode, file: file, bag: bag, label: "'\(name)'")
      result.append(YAMLMapping.Entry(key: name, keyNode: key, value: value))
    }
    return result
  }
}
