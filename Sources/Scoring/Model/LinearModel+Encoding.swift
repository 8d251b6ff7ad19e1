import Foundation

extension LinearModel {
  /// Why a model file could not be read.
  public struct FormatError: Error, Hashable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// What is wrong.
    public var message: String

    public var description: String { "\(line): \(message)" }
  }

  /// The model as text: a few `key: value` lines, then the weights in base64.
  public var encoded: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(weights.count * 2)
    for weight in weights {
      let bits = UInt16(bitPattern: weight)
      bytes.append(UInt8(truncatingIfNeeded: bits))
      bytes.append(UInt8(truncatingIfNeeded: bits >> 8))
    }
    let base64 = Data(bytes).base64EncodedString(options: [
      .lineLength76Characters, .endLineWithLineFeed,
    ])
    return """
      # Judge weights, trained by `swift run -c release JudgeTrainer` from Corpus/train. Do not edit.
      name: \(name)
      link: \(link.rawValue)
      outputs: \(outputs.joined(separator: " "))
      bits: \(bits)
      scale: \(Self.format(scale))
      bias: \(bias.map(Self.format).joined(separator: " "))
      groups: \(groups.sorted().joined(separator: " "))
      weights:
      \(base64)

      """
  }

  /// Floats written so they read back to the same bits.
  private static func format(_ value: Float) -> String {
    "\(value)"
  }

  /// Reads a model written by ``encoded``.
  ///
  /// - Parameter text: The file's text.
  /// - Throws: ``FormatError`` with the line of the first problem.
  public init(decoding text: String) throws(FormatError) {
    var fields: [String: (line: Int, value: Substring)] = [:]
    var number = 0
    var rest = Substring(text)
    // The header is a dozen short lines; the weights after `weights:` are read as bytes.
    while let newline = rest.firstIndex(of: "\n") {
      let line = rest[..<newline]
      rest = rest[rest.index(after: newline)...]
      number += 1
      if line.hasPrefix("#") || line.isEmpty { continue }
      guard let colon = line.firstIndex(of: ":") else {
        throw FormatError(line: number, message: "expected `key: value`")
      }
      let key = String(line[..<colon])
      if key == "weights" { break }
      fields[key] = (number, line[line.index(after: colon)...].drop { $0 == " " })
    }
    func field(_ key: String) throws(FormatError) -> (line: Int, value: Substring) {
      guard let found = fields[key] else {
        throw FormatError(line: number, message: "missing `\(key):`")
      }
      return found
    }
    let name = try field("name").value
    guard let link = Link(rawValue: String(try field("link").value)) else {
      throw FormatError(line: try field("link").line, message: "link is softmax or sigmoid")
    }
    let outputs = try field("outputs").value.split(separator: " ").map(String.init)
    guard let bits = Int(try field("bits").value), (8...24).contains(bits) else {
      throw FormatError(line: try field("bits").line, message: "bits is a whole number, 8 to 24")
    }
    guard let scale = Float(try field("scale").value), scale.isFinite else {
      throw FormatError(line: try field("scale").line, message: "scale is a number")
    }
    let bias = try field("bias").value.split(separator: " ").compactMap { Float($0) }
    guard !outputs.isEmpty, bias.count == outputs.count else {
      throw FormatError(line: try field("bias").line, message: "one bias per output")
    }
    let groups = Set(try field("groups").value.split(separator: " ").map(String.init))
    let expected = (1 << bits) * outputs.count
    guard let weights = Self.weights(base64: rest.utf8, count: expected) else {
      throw FormatError(
        line: number + 1, message: "the weights are not \(expected) numbers in base64")
    }
    self.init(
      name: String(name), link: link, outputs: outputs, bits: bits, groups: groups,
      weights: weights, scale: scale, bias: bias)
  }

  /// Base64 values of the bytes: 64 for a line break (skipped), 65 for padding, 255 for
  /// anything else.
  private static let base64Values: [UInt8] = {
    var table = [UInt8](repeating: 255, count: 256)
    for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8
      .enumerated()
    {
      table[Int(byte)] = UInt8(value)
    }
    table[Int(UInt8(ascii: "\n"))] = 64
    table[Int(UInt8(ascii: "\r"))] = 64
    table[Int(UInt8(ascii: "="))] = 65
    return table
  }()

  /// Decodes little-endian 16-bit weights from base64 in one pass; `nil` unless exactly
  /// `count` of them are there.
  private static func weights(base64 text: Substring.UTF8View, count: Int) -> [Int16]? {
    let decoded = text.withContiguousStorageIfAvailable { bytes -> [Int16]? in
      base64Values.withUnsafeBufferPointer { table -> [Int16]? in
        var ok = true
        let weights = [Int16](unsafeUninitializedCapacity: count) { buffer, initialized in
          var bits: UInt32 = 0
          var held: UInt32 = 0
          var half = false
          var low: UInt16 = 0
          var written = 0
          for byte in bytes {
            let value = table[Int(byte)]
            if value >= 64 {
              // A line break is skipped; padding ends the data; anything else is an error.
              if value == 64 { continue }
              if byte == UInt8(ascii: "=") { break }
              ok = false
              break
            }
            bits = bits << 6 | UInt32(value)
            held += 6
            guard held >= 8 else { continue }
            held -= 8
            let decoded = UInt16(truncatingIfNeeded: (bits >> held) & 0xFF)
            if half {
              guard written < count else {
                ok = false
                break
              }
              buffer[written] = Int16(bitPattern: low | decoded << 8)
              written += 1
            } else {
              low = decoded
            }
            half.toggle()
          }
          if half || written != count { ok = false }
          initialized = written
        }
        return ok ? weights : nil
      }
    }
    return decoded ?? nil
  }
}
