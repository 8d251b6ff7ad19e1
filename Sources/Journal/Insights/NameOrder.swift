/// The order of leads by name: SQLite's `COLLATE NOCASE` (bytes, with ASCII letters folded to
/// lower case), then the id's bytes for equal names.
enum NameOrder {
  /// Whether the lead named `leftName` with id `leftId` sorts before the other.
  static func precedes(_ leftName: String, _ leftId: String, _ rightName: String, _ rightId: String)
    -> Bool
  {
    var left = leftName.utf8.makeIterator()
    var right = rightName.utf8.makeIterator()
    while true {
      switch (left.next(), right.next()) {
      case (nil, nil): return leftId.utf8.lexicographicallyPrecedes(rightId.utf8)
      case (nil, _): return true
      case (_, nil): return false
      case (let leftByte?, let rightByte?):
        let (a, b) = (fold(leftByte), fold(rightByte))
        if a != b { return a < b }
      }
    }
  }

  private static func fold(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
  }
}
