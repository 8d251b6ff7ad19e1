/// Hashes feature names into a fixed number of buckets without building strings.
///
/// FNV-1a over the bytes of a tag and the parts of a feature: fast, stable across runs and
/// platforms, and the same in the trainer and at run time.
struct FeatureHasher: Sendable {
  private(set) var state: UInt64

  private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// Starts a feature with its family tag ("w" for words, "c" for characters...) and a salt
  /// that keeps crossed copies apart (an ask's stage).
  init(_ tag: StaticString, salt: UInt8 = 0) {
    state = Self.offset
    mix(salt)
    tag.withUTF8Buffer { bytes in
      for byte in bytes { mix(byte) }
    }
    mix(UInt8(0x1f))
  }

  mutating func mix(_ byte: UInt8) {
    state = (state ^ UInt64(byte)) &* Self.prime
  }

  mutating func mix(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      for byte in bytes { mix(byte) }
    }
    mix(UInt8(0x1e))
  }

  mutating func mix(_ number: Int) {
    mix(UInt8(truncatingIfNeeded: number))
    mix(UInt8(truncatingIfNeeded: number >> 8))
    mix(UInt8(0x1d))
  }

  /// The bucket among `1 << bits`.
  func bucket(bits: Int) -> Int32 {
    // Fold the high bits in: FNV's low bits alone are poorly mixed.
    let folded = state ^ (state >> 29) ^ (state >> 47)
    return Int32(truncatingIfNeeded: folded & ((1 << UInt64(bits)) - 1))
  }
}
