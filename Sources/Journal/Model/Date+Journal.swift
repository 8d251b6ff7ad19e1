import Foundation

extension Date {
  /// Now, rounded to the millisecond the database stores, so a value read back compares equal.
  static func journalNow() -> Date { Date().truncatedToMilliseconds }

  /// The same instant rounded to the millisecond.
  var truncatedToMilliseconds: Date {
    Date(timeIntervalSince1970: (timeIntervalSince1970 * 1000).rounded() / 1000)
  }
}
