/// A small iCalendar reader for tests: checks the framing and the nesting of components, and
/// unfolds and unescapes values.
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
    case unbalanced(String)
  }

  /// The events, each as its own properties in order (not those of its alarms).
  var events: [[Property]] = []
  /// The alarms of each event, in the order of ``events``: each alarm as its properties.
  var alarms: [[[Property]]] = []
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
    var open: [String] = []
    var event: [Property]?
    var eventAlarms: [[Property]] = []
    var alarm: [Property]?
    for line in logical {
      guard let colon = line.firstIndex(of: ":") else { throw Problem.malformed(line) }
      let head = line[..<colon]
      let name = head.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
      let parameters = head.contains(";") ? String(head.drop { $0 != ";" }.dropFirst()) : ""
      let property = Property(
        name: name, parameters: parameters,
        value: try Self.unescape(String(line[line.index(after: colon)...])))
      properties.append(property)
      switch property.name {
      case "BEGIN":
        open.append(property.value)
        if property.value == "VEVENT" {
          event = []
          eventAlarms = []
        } else if property.value == "VALARM" {
          guard event != nil else { throw Problem.unbalanced(line) }
          alarm = []
        }
      case "END":
        guard open.popLast() == property.value else { throw Problem.unbalanced(line) }
        if property.value == "VEVENT" {
          events.append(event ?? [])
          alarms.append(eventAlarms)
          event = nil
        } else if property.value == "VALARM" {
          eventAlarms.append(alarm ?? [])
          alarm = nil
        }
      default:
        if alarm != nil { alarm?.append(property) } else { event?.append(property) }
      }
    }
    guard open.isEmpty else { throw Problem.unbalanced(open.joined(separator: ", ")) }
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
