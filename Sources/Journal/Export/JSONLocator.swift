import Foundation

/// Finds the line and column of a value in JSON text from its path, so an import error can point
/// at it.
///
/// A small scanner rather than a parser: it only walks to the path and skips everything else.
enum JSONLocator {
  /// One step of a JSON path.
  enum Component: Hashable {
    case key(String)
    case index(Int)
  }

  /// `leads[3].stage`.
  static func render(_ path: [Component]) -> String {
    var text = ""
    for component in path {
      switch component {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }

  /// A 1-based line and column (counted in bytes, as compilers do).
  struct Place: Hashable {
    var line: Int
    var column: Int
  }

  /// The 1-based line where the value at `path` starts, or where its nearest existing parent
  /// starts when the last step is missing; nil for the whole file (a problem with all of it has
  /// no line worth walking a large file to find).
  static func line(of path: [Component], in data: Data) -> Int? {
    place(of: path, in: data)?.line
  }

  /// The line and column where the value at `path` starts, as `line(of:in:)` finds it.
  static func place(of path: [Component], in data: Data) -> Place? {
    guard !data.isEmpty, !path.isEmpty else { return nil }
    var scanner = Scanner(bytes: [UInt8](data))
    return scanner.locate(path[...])
  }

  /// The line and column of byte `offset` of `bytes`.
  static func place(ofOffset offset: Int, in bytes: [UInt8]) -> Place {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    return Place(line: line, column: offset - lineStart + 1)
  }

  private struct Scanner {
    let bytes: [UInt8]
    var position = 0
    var line = 1
    var lineStart = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    var place: Place { Place(line: line, column: position - lineStart + 1) }

    mutating func advance() {
      if current == UInt8(ascii: "\n") {
        line += 1
        lineStart = position + 1
      }
      position += 1
    }

    mutating func skipSpace() {
      while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
        advance()
      }
    }

    mutating func locate(_ path: ArraySlice<Component>) -> Place? {
      skipSpace()
      let start = place
      guard let step = path.first else { return start }
      switch (step, current) {
      case (.key(let wanted), UInt8(ascii: "{")?):
        advance()
        while true {
          skipSpace()
          guard current == UInt8(ascii: "\"") else { return start }
          let key = readString()
          skipSpace()
          guard current == UInt8(ascii: ":") else { return start }
          advance()
          if key == wanted { return locate(path.dropFirst()) }
          guard skipValue() else { return start }
          skipSpace()
          guard current == UInt8(ascii: ",") else { return start }
          advance()
        }
      case (.index(let wanted), UInt8(ascii: "[")?):
        advance()
        var index = 0
        while true {
          skipSpace()
          if current == UInt8(ascii: "]") { return start }
          if index == wanted { return locate(path.dropFirst()) }
          guard skipValue() else { return start }
          skipSpace()
          guard current == UInt8(ascii: ",") else { return start }
          advance()
          index += 1
        }
      default:
        return start
      }
    }

    mutating func readString() -> String {
      var result: [UInt8] = []
      advance()
      while let byte = current, byte != UInt8(ascii: "\"") {
        if byte == UInt8(ascii: "\\") {
          advance()
          if let escaped = current { result.append(escaped) }
        } else {
          result.append(byte)
        }
        advance()
      }
      advance()
      return String(decoding: result, as: UTF8.self)
    }

    /// Skips a string without keeping it, jumping from quote to quote.
    ///
    /// A value may be megabytes; JSON strings hold no raw newline, so the line stays the same.
    mutating func skipString() {
      var from = position + 1
      while from < bytes.count {
        let found = bytes.withUnsafeBufferPointer { buffer -> Int? in
          guard let base = buffer.baseAddress,
            let hit = memchr(base + from, Int32(UInt8(ascii: "\"")), buffer.count - from)
          else { return nil }
          return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        guard let quote = found else { break }
        var backslashes = 0
        while quote - backslashes - 1 > position, bytes[quote - backslashes - 1] == 0x5C {
          backslashes += 1
        }
        if backslashes % 2 == 0 {
          position = quote + 1
          return
        }
        from = quote + 1
      }
      position = bytes.count
    }

    /// Skips one value; `false` at the end of the input.
    mutating func skipValue() -> Bool {
      skipSpace()
      var depth = 0
      repeat {
        guard let byte = current else { return false }
        switch byte {
        case UInt8(ascii: "\""):
          skipString()
          continue
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          if depth == 0 { return true }
          depth -= 1
        case UInt8(ascii: ","):
          if depth == 0 { return true }
        default:
          break
        }
        advance()
      } while depth > 0 || !isDelimiter(current)
      return true
    }

    func isDelimiter(_ byte: UInt8?) -> Bool {
      guard let byte else { return true }
      return byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
        || byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
  }
}
