/// Decodes one Unicode scalar from the bytes read so far, a byte at a time.
enum UTF8Decoding {
  enum Step: Equatable {
    case scalar(Unicode.Scalar)
    case needMore
    case invalid
  }

  static func decode(_ bytes: [UInt8]) -> Step {
    guard let lead = bytes.first else { return .needMore }
    let expected: Int
    switch lead {
    case 0x00...0x7F: expected = 1
    case 0xC2...0xDF: expected = 2
    case 0xE0...0xEF: expected = 3
    case 0xF0...0xF4: expected = 4
    default: return .invalid
    }
    if bytes.dropFirst().contains(where: { $0 & 0xC0 != 0x80 }) {
      return .invalid
    }
    if bytes.count < expected {
      return .needMore
    }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) {
      return .scalar(scalar)
    }
    return .invalid
  }
}
