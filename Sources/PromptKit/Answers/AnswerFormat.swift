/// Small formatting helpers shared by the answer parsers.
enum AnswerFormat {
  /// A number without a trailing `.0` when it is whole.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int(value))
    }
    return String(value)
  }

  /// A number padded with zeros to a width.
  static func padded(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
