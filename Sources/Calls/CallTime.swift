/// A moment in a recorded call, counted from its start in milliseconds.
///
/// Read from the forms transcripts use: `00:08:17.250` (WebVTT), `00:08:17,250` (SRT),
/// `08:17.250`, `[00:47:33]`, `0:03`, `1:02:03`.
public struct CallTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// Milliseconds since the start of the recording.
  public var milliseconds: Int

  /// Creates a time from milliseconds.
  public init(milliseconds: Int) {
    self.milliseconds = milliseconds
  }

  /// Whole seconds since the start.
  public var seconds: Int { milliseconds / 1000 }

  /// `HH:MM:SS`, whole seconds: the form to look for in a recording's player.
  public var description: String {
    let total = seconds
    return Self.pad(total / 3600) + ":" + Self.pad(total / 60 % 60) + ":" + Self.pad(total % 60)
  }

  private static func pad(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }

  public static func < (lhs: CallTime, rhs: CallTime) -> Bool {
    lhs.milliseconds < rhs.milliseconds
  }

  /// Reads a time, or fails when the text is not one.
  ///
  /// One to three parts joined by `:`, the last with optional milliseconds after `.` or `,`.
  /// Every part after the first has two digits and is below 60; the first has at most three
  /// digits (a call of 999 hours is already absurd).
  ///
  /// - Parameter text: The time, without brackets or spaces.
  public init?(_ text: Substring) {
    var parts: [Int] = []
    var fraction: Int?
    var current = 0
    var digits = 0
    var fractionDigits = 0
    var inFraction = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let value = Int(byte - UInt8(ascii: "0"))
        if inFraction {
          fractionDigits += 1
          guard fractionDigits <= 3 else { return nil }
          fraction = (fraction ?? 0) * 10 + value
        } else {
          digits += 1
          guard digits <= 3 else { return nil }
          current = current * 10 + value
        }
      case UInt8(ascii: ":"):
        guard !inFraction, digits > 0, parts.count < 2 else { return nil }
        if !parts.isEmpty { guard digits == 2, current < 60 else { return nil } }
        parts.append(current)
        current = 0
        digits = 0
      case UInt8(ascii: "."), UInt8(ascii: ","):
        guard !inFraction, digits > 0 else { return nil }
        inFraction = true
      default:
        return nil
      }
    }
    if inFraction { guard fractionDigits > 0 else { return nil } }
    guard digits > 0, !parts.isEmpty || inFraction else { return nil }
    if !parts.isEmpty { guard digits == 2, current < 60 else { return nil } }
    parts.append(current)
    var total = 0
    for part in parts { total = total * 60 + part }
    var millis = fraction ?? 0
    if fractionDigits > 0 {
      for _ in fractionDigits..<3 { millis *= 10 }
    }
    milliseconds = total * 1000 + millis
  }
}
