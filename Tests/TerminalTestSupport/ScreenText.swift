/// Turns what a terminal program wrote into plain text to assert on.
public enum ScreenText {
  /// Removes escape sequences, carriage returns, bells and libedit's backspace redraws.
  public static func plain(_ raw: String) -> String {
    // Scalars, not Characters: "\r\n" is one Character and would hide the newline.
    var result: [Unicode.Scalar] = []
    var iterator = raw.unicodeScalars.makeIterator()
    while let character = iterator.next() {
      switch character {
      case "\u{1B}":
        guard let next = iterator.next() else { break }
        if next == "[" {
          // A control sequence ends at its first byte in @...~.
          while let part = iterator.next() {
            if (0x40...0x7E).contains(part.value) { break }
          }
        } else if next == "]" {
          while let part = iterator.next(), part != "\u{7}" {}
        }
      case "\r", "\u{7}", "\u{1}":
        break
      case "\u{8}":
        if let last = result.last, last != "\n" { result.removeLast() }
      default:
        result.append(character)
      }
    }
    var text = ""
    text.unicodeScalars.append(contentsOf: result)
    return text
  }
}
