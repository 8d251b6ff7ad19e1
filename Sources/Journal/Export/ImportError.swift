import Foundation

/// A JSON export that cannot be imported, with the place of the first bad field.
///
/// The message names the field and what was expected, never the value found: it may be a note.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The JSON path of the bad field, such as `meetings[3].verdict`; empty for the whole file.
  public var path: String
  /// The 1-based line of that field in the file, when it could be found.
  public var line: Int?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(path: String, line: Int?, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `line 12: meetings[3].verdict: message`, or without the parts that are unknown.
  public var description: String {
    var parts: [String] = []
    if let line { parts.append("line \(line)") }
    if !path.isEmpty { parts.append(path) }
    parts.append(message)
    return parts.joined(separator: ": ")
  }

  /// The same error prefixed with the file it came from: `FILE:LINE: error: PATH: message`.
  public func description(file: String) -> String {
    let place = line.map { "\(file):\($0)" } ?? file
    return "\(place): error: " + (path.isEmpty ? message : "\(path): \(message)")
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
    self.init(
      path: JSONLocator.render(components), line: JSONLocator.line(of: components, in: data),
      message: message)
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
