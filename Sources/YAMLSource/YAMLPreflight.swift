import CYaml
import Diagnostics

/// A streaming pass over libyaml's events that measures a document before `Yams.compose` builds it.
///
/// Composing resolves every alias to the anchored node, and Yams hashes mapping keys while
/// composing, so a small file with nested aliases (an "alias bomb") would take exponential time in
/// `compose` itself. This pass sees each event once, tracks the expanded size of anchored nodes,
/// and stops at the first event over a limit, with that event's place. Syntax errors are left to
/// `Yams.compose`, which reports them with context, except libyaml's own nesting limit, which is
/// reported as too deep at the bracket that crossed ours. Duplicate plain keys are found here too,
/// all of them, because `Yams.compose` stops at the first with a less precise place; so are keys
/// that are lists or mappings, which no loader accepts and which Yams would hash while composing.
///
/// `CYaml` is the libyaml module Yams is built on; this is the only file that uses it. Yams does
/// not offer it as a product, so the package cannot declare it; it is kept because nothing
/// public does this job: Yams has no event API (its `Parser` only composes), `compose` throws at
/// the first mapping with a duplicate key with one place, hashes collection keys (exponential for
/// an alias bomb used as keys) and recurses once a level before anything can measure the depth,
/// and a composed tree no longer says which nodes were aliases or where they were written. A
/// scanner of our own would be a second YAML parser that has to agree with libyaml on every key
/// and place. If Yams ever exports CYaml, declare it in Package.swift.
struct YAMLPreflight {
  /// A limit that was crossed, and where.
  struct Violation {
    let code: DiagnosticCode
    let message: String
    /// 1-based.
    let line: Int
    /// 1-based, in Unicode scalars.
    let column: Int
    /// Where the first of two duplicate keys is.
    var first: (line: Int, column: Int)?
  }

  let limits: YAMLLimits

  /// Walks the events of `text`; returns the first limit crossed, or every duplicate key.
  func check(_ text: String) -> [Violation] {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return [] }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      return walk(&parser, text: text)
    }
  }

  private struct Frame {
    var size = 1
    var anchor: String?
    var isMapping: Bool
    var expectingKey = true
    var keys: [String: (line: Int, column: Int)] = [:]
  }

  private func walk(_ parser: inout yaml_parser_t, text: String) -> [Violation] {
    var open: [Frame] = []
    var duplicates: [Violation] = []
    var anchorSizes: [String: Int] = [:]
    var collectionAnchors: Set<String> = []
    var aliases = 0
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else {
        if let tooDeep = nestingFailure(parser, text: text, depth: open.count) {
          return [tooDeep]
        }
        return duplicates
      }
      defer { yaml_event_delete(&event) }
      let line = Int(event.start_mark.line) + 1
      let column = Int(event.start_mark.column) + 1
      var finished: (size: Int, anchor: String?)?
      var scalarText: String?
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return duplicates
      case YAML_SCALAR_EVENT:
        finished = (1, Self.string(event.data.scalar.anchor))
        scalarText = Self.scalarValue(event)
      case YAML_ALIAS_EVENT:
        aliases += 1
        if aliases > limits.maxAliases {
          return [
            Violation(
              code: .tooManyAliases,
              message: "too many aliases (the limit is \(limits.maxAliases))", line: line,
              column: column)
          ]
        }
        let name = Self.string(event.data.alias.anchor) ?? ""
        if collectionAnchors.contains(name), let key = nonScalarKey(open, line, column) {
          duplicates.append(key)
        }
        finished = (anchorSizes[name] ?? 1, nil)
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        let anchor =
          event.type == YAML_SEQUENCE_START_EVENT
          ? Self.string(event.data.sequence_start.anchor)
          : Self.string(event.data.mapping_start.anchor)
        let isMapping = event.type == YAML_MAPPING_START_EVENT
        if let key = nonScalarKey(open, line, column, found: isMapping ? "a mapping" : "a list") {
          duplicates.append(key)
        }
        if let anchor { collectionAnchors.insert(anchor) }
        open.append(Frame(anchor: anchor, isMapping: isMapping))
        if open.count > limits.maxDepth {
          return [
            Violation(
              code: .tooDeep,
              message: "nesting is too deep (the limit is \(limits.maxDepth) levels)",
              line: line, column: column)
          ]
        }
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        finished = open.popLast().map { ($0.size, $0.anchor) }
      default:
        break
      }
      guard let (size, anchor) = finished else { continue }
      if let anchor {
        anchorSizes[anchor] = size
      }
      guard var parent = open.popLast() else { continue }
      parent.size += size
      if parent.size > limits.maxExpandedNodes {
        return [
          Violation(
            code: .tooManyAliases,
            message: "aliases expand this document past \(limits.maxExpandedNodes) nodes",
            line: line, column: column)
        ]
      }
      if parent.isMapping {
        if parent.expectingKey, let key = scalarText {
          if let first = parent.keys[key] {
            duplicates.append(
              Violation(
                code: .duplicateKey, message: "duplicate key '\(key)'", line: line,
                column: column, first: first))
          } else {
            parent.keys[key] = (line, column)
          }
        }
        parent.expectingKey.toggle()
      }
      open.append(parent)
    }
  }

  /// A key that is a collection (or an alias of one), when the innermost open node is a mapping
  /// waiting for a key.
  private func nonScalarKey(
    _ open: [Frame], _ line: Int, _ column: Int, found: String = "an alias of a collection"
  ) -> Violation? {
    guard let parent = open.last, parent.isMapping, parent.expectingKey else { return nil }
    return Violation(
      code: .nonScalarKey, message: "keys must be plain strings, found \(found)", line: line,
      column: column)
  }

  /// libyaml's own nesting limit (1000 brackets, counted while scanning ahead) stops the parser
  /// before our limit is reached in events; it is the same problem, reported at the bracket that
  /// crossed our limit.
  private func nestingFailure(_ parser: yaml_parser_t, text: String, depth: Int) -> Violation? {
    guard parser.error == YAML_PARSER_ERROR, let problem = parser.problem,
      String(cString: problem).hasPrefix("Maximum nesting level")
    else { return nil }
    let mark = parser.problem_mark
    let place = Self.bracket(
      past: limits.maxDepth - depth, in: text, fromLine: Int(mark.line) + 1,
      column: Int(mark.column) + 1)
    return Violation(
      code: .tooDeep, message: "nesting is too deep (the limit is \(limits.maxDepth) levels)",
      line: place.line, column: place.column)
  }

  /// The place of the opening bracket that leaves `allowed` brackets open behind it.
  ///
  /// Counts from a place on, skipping quoted text and comments; the starting place when there is
  /// no such bracket.
  static func bracket(
    past allowed: Int, in text: String, fromLine startLine: Int, column startColumn: Int
  ) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var depth = 0
    var quote: Unicode.Scalar?
    var escaped = false
    var comment = false
    for scalar in text.unicodeScalars {
      defer {
        if scalar == "\n" {
          line += 1
          column = 1
          comment = false
        } else {
          column += 1
        }
      }
      guard (line, column) >= (startLine, startColumn), !comment else { continue }
      if let open = quote {
        if escaped {
          escaped = false
        } else if scalar == "\\" && open == "\"" {
          escaped = true
        } else if scalar == open {
          quote = nil
        }
        continue
      }
      switch scalar {
      case "\"", "'": quote = scalar
      case "#": comment = true
      case "[", "{":
        depth += 1
        if depth > allowed { return (line, column) }
      case "]", "}": depth -= 1
      default: break
      }
    }
    return (startLine, startColumn)
  }

  private static func scalarValue(_ event: yaml_event_t) -> String? {
    guard let value = event.data.scalar.value else { return nil }
    let buffer = UnsafeBufferPointer(start: value, count: Int(event.data.scalar.length))
    return String(decoding: buffer, as: UTF8.self)
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }
}
