import Diagnostics
import Foundation
import Yams

/// A YAML file read safely: checked bytes, composed with `Yams.compose`, every node keeping its mark.
///
/// This is the first step of every loader. A typical loader is a few lines of declarative reading:
///
/// ```swift
/// let bag = DiagnosticBag()
/// guard let root = YAMLDocument.load(path: path, into: bag)?.root,
///   let map = root.mapping(required: ["name", "phrases"], optional: ["weight"])
/// else { return (nil, bag.diagnostics) }
/// let name = map.string("name")
/// let weight = map.int("weight", in: 1...10) ?? 1
/// let phrases = map.strings("phrases") ?? []
/// ```
///
/// Nothing here throws or traps on bad input: an unreadable file, a file over the size cap,
/// invalid UTF-8, a NUL byte, an empty file, a directory, a YAML syntax error, too many aliases or
/// too deep nesting each become a ``Diagnostic`` with a place, and the document is `nil`.
public struct YAMLDocument {
  /// The path as it appears in diagnostics.
  public let path: String
  /// The decoded text of the file (for rendering diagnostics).
  public let text: String
  /// The root node.
  public let root: YAMLNode

  /// Reads and composes a YAML file.
  ///
  /// - Parameters:
  ///   - path: The file to read; also the name diagnostics print.
  ///   - bag: Where problems are reported.
  ///   - limits: Size, alias and depth caps.
  /// - Returns: The document, or nil when the file cannot be used (the reasons are in `bag`).
  public static func load(
    path: String, into bag: DiagnosticBag, limits: YAMLLimits = .standard
  ) -> YAMLDocument? {
    let start = SourceLocation(file: path, line: 1, column: 1)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      bag.error(.unreadableFile, "no such file", at: start)
      return nil
    }
    if isDirectory.boolValue {
      bag.error(.notAFile, "is a directory, not a YAML file", at: start)
      return nil
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
      bag.error(.notAFile, "is not a regular file", at: start)
      return nil
    }
    if let size = (attributes?[.size] as? NSNumber)?.intValue, size > limits.maxBytes {
      bag.error(.fileTooLarge, tooLargeMessage(size, limits), at: start)
      return nil
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      bag.error(.unreadableFile, "cannot be opened for reading", at: start)
      return nil
    }
    defer { try? handle.close() }
    // Read one byte past the cap so a file that grew since `stat` is still caught.
    let data: Data
    do {
      data = try handle.read(upToCount: limits.maxBytes + 1) ?? Data()
    } catch {
      bag.error(.unreadableFile, "cannot be read", at: start)
      return nil
    }
    return parse(data, path: path, into: bag, limits: limits)
  }

  /// Checks and composes YAML bytes.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The name diagnostics print.
  ///   - bag: Where problems are reported.
  ///   - limits: Size, alias and depth caps.
  /// - Returns: The document, or nil when the bytes cannot be used (the reasons are in `bag`).
  public static func parse(
    _ data: Data, path: String, into bag: DiagnosticBag, limits: YAMLLimits = .standard
  ) -> YAMLDocument? {
    let start = SourceLocation(file: path, line: 1, column: 1)
    if data.count > limits.maxBytes {
      bag.error(.fileTooLarge, tooLargeMessage(data.count, limits), at: start)
      return nil
    }
    switch SourceText.decode(data, path: path) {
    case .success(let text):
      return parse(text: text, path: path, into: bag, limits: limits)
    case .failure(let problem):
      bag.report(problem)
      return nil
    }
  }

  /// Composes YAML text that is already decoded.
  ///
  /// - Parameters:
  ///   - text: The YAML text.
  ///   - path: The name diagnostics print.
  ///   - bag: Where problems are reported.
  ///   - limits: Size, alias and depth caps.
  /// - Returns: The document, or nil when the text cannot be used (the reasons are in `bag`).
  public static func parse(
    text: String, path: String, into bag: DiagnosticBag, limits: YAMLLimits = .standard
  ) -> YAMLDocument? {
    let start = SourceLocation(file: path, line: 1, column: 1)
    if text.utf8.count > limits.maxBytes {
      bag.error(.fileTooLarge, tooLargeMessage(text.utf8.count, limits), at: start)
      return nil
    }
    bag.addSource(text, for: path)
    if let nul = text.unicodeScalars.firstIndex(of: "\0") {
      bag.error(.nulByte, "file contains a NUL byte", at: location(of: nul, in: text, path: path))
      return nil
    }
    if text.allSatisfy(\.isWhitespace) {
      bag.error(.emptyFile, "file is empty", at: start)
      return nil
    }
    let violations = YAMLPreflight(limits: limits).check(text)
    for violation in violations {
      let notes = violation.first.map { first in
        [
          Diagnostic.note(
            "first defined here",
            at: SourceLocation(file: path, line: first.line, column: first.column))
        ]
      }
      bag.error(
        violation.code, violation.message,
        at: SourceLocation(file: path, line: violation.line, column: violation.column),
        notes: notes ?? [])
    }
    if !violations.isEmpty { return nil }
    let node: Node?
    do {
      // The basic resolver tags every scalar a string without running regexes: loaders read
      // scalars themselves, so `yes` stays text unless a boolean is asked for.
      node = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      bag.report(diagnostic(for: error, text: text, path: path))
      return nil
    } catch {
      bag.error(.yamlSyntax, "invalid YAML", at: start)
      return nil
    }
    guard let node else {
      bag.error(.emptyFile, "file has no YAML content, only comments", at: start)
      return nil
    }
    return YAMLDocument(path: path, text: text, root: YAMLNode(node, file: path, bag: bag))
  }

  private static func tooLargeMessage(_ size: Int, _ limits: YAMLLimits) -> String {
    SourceText.tooLargeMessage(size: size, limit: limits.maxBytes)
  }

  private static func location(
    of index: String.UnicodeScalarView.Index, in text: String, path: String
  )
    -> SourceLocation
  {
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars[..<index] {
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return SourceLocation(file: path, line: line, column: column)
  }

  private static func isTab(at mark: Mark, in text: String) -> Bool {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard mark.line >= 1, mark.line <= lines.count, mark.column >= 1 else { return false }
    let scalars = Array(lines[mark.line - 1].unicodeScalars)
    return mark.column <= scalars.count && scalars[mark.column - 1] == "\t"
  }

  /// Turns a Yams error into a diagnostic at its mark, with the context's mark as a note.
  static func diagnostic(for error: YamlError, text: String, path: String) -> Diagnostic {
    func place(_ mark: Mark) -> SourceLocation {
      SourceLocation(file: path, line: mark.line, column: mark.column)
    }
    func contextNotes(_ context: YamlError.Context?) -> [Diagnostic] {
      guard let context else { return [] }
      return [.note("\(context.text) that starts here", at: place(context.mark))]
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // A context at the problem's own place only repeats it.
      let notes =
        context.map { $0.mark.line == mark.line && $0.mark.column == mark.column } ?? true
        ? [] : contextNotes(context)
      let hint = isTab(at: mark, in: text) ? " (indent YAML with spaces, not tabs)" : ""
      return .error(
        .yamlSyntax, "invalid YAML: \(problem)\(hint)", at: place(mark), notes: notes)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return .error(.duplicateKey, "duplicate key \(names)", at: place(context.mark))
    case .reader(let problem, let offset, _, _):
      var here = SourceLocation(file: path, line: 1, column: 1)
      if let offset, offset >= 0, offset <= text.count {
        let index = text.index(text.startIndex, offsetBy: offset)
        here = location(
          of: index.samePosition(in: text.unicodeScalars) ?? text.endIndex, in: text, path: path)
      }
      return .error(.yamlSyntax, "invalid YAML: \(problem)", at: here)
    default:
      return .error(
        .yamlSyntax, "invalid YAML: \(error)", at: SourceLocation(file: path, line: 1, column: 1))
    }
  }
}
