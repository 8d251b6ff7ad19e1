/// A flash card: a reply to classify, its label and the reason for it.
public struct DrillCard: Equatable, Sendable, Identifiable {
  /// Stable while the reply's text is unchanged: the spaced repetition keys on it.
  public var id: String
  public var reply: String
  public var label: Reading
  public var reason: String
  /// Why a careful human reading may differ from the interpreter's, when it does.
  public var differs: String?

  public init(reply: String, label: Reading, reason: String, differs: String? = nil) {
    self.id = Self.identifier(for: reply)
    self.reply = reply
    self.label = label
    self.reason = reason
    self.differs = differs
  }

  /// A 64-bit FNV-1a hash of the reply with whitespace collapsed and letters lowercased, in hex.
  public static func identifier(for reply: String) -> String {
    let normalized = reply.lowercased().split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in normalized.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
