/// A small iCalendar reader for tests: checks the framing and unfolds and unescapes values.
struct ICalendarReader {
  struct Property: Equatable {
    var name: String
    var parameters: String
    var value: String
  }

  enum Problem: Error, Equatable {
    case bareLineFeed
    case lineTooLong(Int)
    case missingFinalCRLF
    case malformed(String)
    case badEscape(String)
  }

  /// The events, each as its properties in order.
  var events: [[Property]] = []
  /// Every property of the calendar, in order.
  var properties: [Property] = []

  init(_ text: String) throws {
    guard text.hasSuffix("\r\n") else { throw Problem.missingFinalCRLF }
    var physical = text.components(separatedBy: "\r\n")
    physical.removeLast()
    var logical: [String] = []
    for line in physical {
      if line.contains("\n") || line.contains("\r") { throw Problem.bareLineFeed }
      if line.utf8.count > 75 { throw Problem.lineTooLong(line.utf8.count) }
      if line.hasPrefix(" "), let last = logical.popLast() {
        logical.append(last + line.dropFirst())
      } else {
        logical.append(line)
      }
    }
    var current: [Property]?
    for line in logical {
      guard let colon = line.firstIndex(of: ":") else { throw Problem.malformed(line) }
      let head = line[..<colon]
      let name = head.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
      let parameters = head.contains(";") ? String(head.drop { $0 != ";" }.dropFirst()) : ""
      let property = Property(
        name: name, parameters: parameters,
        value: try Self.unescape(String(line[line.index(after: colon)...])))
      properties.append(property)
      if line == "BEGIN:VEVENT" {
        current = []
      } else if line == "END:VEVENT" {
        events.append(current ?? [])
        current = nil
      } else {
        current?.append(property)
      }
    }
  }

  static func unescape(_ value: String) throws -> String {
    var result = ""
    var escaping = false
    for character in value {
      if escaping {
        switch character {
        case "\\", ";", ",": result.append(character)
        case "n", "N": result.append("\n")
        default: throw Problem.badEscape(String(character))
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else if character == ";" || character == "," {
        // Unescaped separators are only legal in structured values, never in our TEXT.
        throw Problem.malformed(value)
      } else {
        result.append(character)
      }
    }
    return result
  }
}

extension Array where Element == ICalendarReader.Property {
  func value(_ name: String) -> String? { first { $0.name == name }?.value }
}
