import Foundation

extension Date {
  /// Now, truncated to the millisecond the database stores, so a value read back compares equal.
  static func journalNow() -> Date { Date().truncatedToMilliseconds }

  /// The same instant without sub-millisecond digits.
  var truncatedToMilliseconds: Date {
    Date(timeIntervalSince1970: (timeIntervalSince1970 * 1000).rounded(.down) / 1000)
  }
}
