/// Text the terminal marked as pasted (bracketed paste), made fit for the line being edited.
enum PastedText {
  /// What a terminal sends before pasted text, once asked to with `ESC [?2004h`.
  static let start = "\u{1B}[200~"
  /// What it sends after.
  static let end = "\u{1B}[201~"

  /// The pasted bytes as text: invalid UTF-8 dropped, CR LF and lone CRs made line breaks,
  /// other control characters dropped (a paste must not move the cursor or ring the bell), and
  /// the line breaks at its end removed, so Return is still the founder's to press.
  static func clean(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    var previousWasCR = false
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        defer { previousWasCR = scalar == "\r" }
        switch scalar {
        case "\r":
          scalars.append("\n")
        case "\n":
          if !previousWasCR { scalars.append("\n") }
        case "\t":
          scalars.append(scalar)
        default:
          if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
          scalars.append(scalar)
        }
      case .emptyInput:
        break decoding
      case .error:
        previousWasCR = false
      }
    }
    var text = String(scalars)
    while text.last?.isNewline == true { text.removeLast() }
    return text
  }
}
