import Foundation

/// A JSON export that cannot be imported, with the place of the first bad field.
///
/// The message names the field and what was expected, never the value found: it may be a note.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The JSON path of the bad field, such as `meetings[3].verdict`; empty for the whole file.
  public var path: String
  /// The 1-based line of that field in the file, when it could be found.
  public var line: Int?
  /// The 1-based column (in bytes) where the field's value starts, when it could be found.
  public var column: Int?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(path: String, line: Int?, column: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  /// An error about the value at `path`, placed where the value starts in `data`.
  init(at path: [JSONLocator.Component], in data: Data, message: String) {
    let place = JSONLocator.place(of: path, in: data)
    self.init(
      path: JSONLocator.render(path), line: place?.line, column: place?.column, message: message)
  }

  /// `line 12, column 5: meetings[3].verdict: message`, or without the parts that are unknown.
  public var description: String {
    var parts: [String] = []
    if let line { parts.append("line \(line)" + (column.map { ", column \($0)" } ?? "")) }
    if !path.isEmpty { parts.append(path) }
    parts.append(message)
    return parts.joined(separator: ": ")
  }

  /// `FILE:LINE:COLUMN`, or as much of it as is known.
  public func place(file: String) -> String {
    guard let line else { return file }
    return "\(file):\(line)" + (column.map { ":\($0)" } ?? "")
  }

  /// The same error prefixed with the file it came from: `FILE:LINE:COL: error: PATH: message`.
  public func description(file: String) -> String {
    "\(place(file: file)): error: " + (path.isEmpty ? message : "\(path): \(message)")
  }

  /// Text that is not JSON, placed where its grammar first breaks (the end, for a truncated file).
  init(notJSON data: Data) {
    let bytes = [UInt8](data)
    guard let problem = JSONSyntax.firstError(in: bytes) else {
      self.init(path: "", line: nil, message: "not valid JSON")
      return
    }
    let place = JSONLocator.place(ofOffset: problem.offset, in: bytes)
    self.init(
      path: "", line: place.line, column: place.column,
      message: "not valid JSON: \(problem.message)")
  }

  init(decoding error: DecodingError, in data: Data) {
    let codingPath: [any CodingKey]
    let message: String
    switch error {
    case .typeMismatch(let type, let context):
      codingPath = context.codingPath
      message = "expected \(Self.name(of: type))"
    case .valueNotFound(let type, let context):
      codingPath = context.codingPath
      message = "expected \(Self.name(of: type)), found null"
    case .keyNotFound(let key, let context):
      codingPath = context.codingPath + [key]
      message = "missing field"
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      self.init(notJSON: data)
      return
    case .dataCorrupted(let context):
      codingPath = context.codingPath
      // Our own messages say what was expected; others may quote the value, so they are not used.
      message =
        context.debugDescription.hasPrefix("expected ")
        ? context.debugDescription
        : (codingPath.isEmpty ? "not valid JSON" : "invalid value")
    @unknown default:
      codingPath = []
      message = "invalid value"
    }
    let components = codingPath.map { key in
      key.intValue.map(JSONLocator.Component.index) ?? .key(key.stringValue)
    }
    self.init(at: components, in: data, message: message)
  }

  private static func name(of type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Int.Type, is Double.Type: return "a number"
    case is Bool.Type: return "true or false"
    default:
      let text = String(describing: type)
      if text.hasPrefix("Array") { return "an array" }
      if text.hasPrefix("Dictionary") { return "an object" }
      return "a value of type \(text)"
    }
  }
}
