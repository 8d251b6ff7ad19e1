/// Where JSON text first breaks the grammar, so "not valid JSON" can say where and why.
///
/// Iterative, with its own stack: a file of a million `[` is answered, not a stack overflow.
/// Messages say what was expected, never the text found (it may be a note).
enum JSONSyntax {
  /// The byte offset of the first error and what was expected there; nil for valid JSON.
  static func firstError(in bytes: [UInt8]) -> (offset: Int, message: String)? {
    var scanner = Scanner(bytes: bytes)
    return scanner.run()
  }

  private struct Scanner {
    let bytes: [UInt8]
    var position = 0

    /// The containers open around the current position: true for an object.
    var open: [Bool] = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipSpace() {
      while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
        position += 1
      }
    }

    func fail(_ message: String) -> (offset: Int, message: String) {
      (position, current == nil ? "the file ends too soon (\(message))" : message)
    }

    mutating func run() -> (offset: Int, message: String)? {
      if let problem = value() { return problem }
      while let isObject = open.last {
        skipSpace()
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if current == close {
          position += 1
          open.removeLast()
          continue
        }
        guard current == UInt8(ascii: ",") else {
          return fail(isObject ? "expected ',' or '}'" : "expected ',' or ']'")
        }
        position += 1
        if isObject, let problem = key() { return problem }
        if let problem = value() { return problem }
      }
      skipSpace()
      return current == nil ? nil : fail("expected the end of the file after the value")
    }

    /// Reads `"key" :` inside an object.
    mutating func key() -> (offset: Int, message: String)? {
      skipSpace()
      guard current == UInt8(ascii: "\"") else { return fail("expected a string key") }
      if let problem = string() { return problem }
      skipSpace()
      guard current == UInt8(ascii: ":") else { return fail("expected ':'") }
      position += 1
      return nil
    }

    /// Reads a scalar, or opens containers down to the first scalar or empty container inside.
    mutating func value() -> (offset: Int, message: String)? {
      while true {
        skipSpace()
        guard let byte = current else { return fail("expected a value") }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          let isObject = byte == UInt8(ascii: "{")
          position += 1
          skipSpace()
          if current == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
            position += 1
            return nil
          }
          open.append(isObject)
          if isObject, let problem = key() { return problem }
        case UInt8(ascii: "\""):
          return string()
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
          return number()
        default:
          return fail("expected a value")
        }
      }
    }

    mutating func literal(_ word: String) -> (offset: Int, message: String)? {
      for expected in word.utf8 {
        guard current == expected else { return fail("expected a value") }
        position += 1
      }
      return nil
    }

    mutating func number() -> (offset: Int, message: String)? {
      func digits() -> Bool {
        let start = position
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
          position += 1
        }
        return position > start
      }
      if current == UInt8(ascii: "-") { position += 1 }
      guard digits() else { return fail("expected a digit") }
      if current == UInt8(ascii: ".") {
        position += 1
        guard digits() else { return fail("expected a digit") }
      }
      if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
        position += 1
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
        guard digits() else { return fail("expected a digit") }
      }
      return nil
    }

    mutating func string() -> (offset: Int, message: String)? {
      position += 1
      while let byte = current {
        switch byte {
        case UInt8(ascii: "\""):
          position += 1
          return nil
        case UInt8(ascii: "\\"):
          position += 1
          guard let escaped = current else { break }
          if escaped == UInt8(ascii: "u") {
            for _ in 0..<4 {
              position += 1
              guard let hex = current, hex.isHexDigit else {
                return fail("expected four hex digits after \\u")
              }
            }
          } else if !"\"\\/bfnrt".utf8.contains(escaped) {
            return fail("unknown escape in a string")
          }
          position += 1
        case 0..<0x20:
          return fail("a control character must be escaped in a string")
        default:
          position += 1
        }
      }
      return fail("expected '\"' to close the string")
    }
  }
}

extension UInt8 {
  fileprivate var isHexDigit: Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
      || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
      || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
  }
}
