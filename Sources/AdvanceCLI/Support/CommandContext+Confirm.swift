extension CommandContext {
  /// Asks a yes-or-no question at the terminal, until it gets an answer.
  ///
  /// y or yes, n or no, in any case; an empty line takes `defaultAnswer`.
  ///
  /// - Parameters:
  ///   - question: The question, ending with `[Y/n]` or `[y/N]`.
  ///   - defaultAnswer: What Return means.
  /// - Returns: The answer, or `nil` when the founder pressed Ctrl-C or input ended: do nothing.
  func confirm(_ question: String, defaultAnswer: Bool) -> Bool? {
    console.line(question)
    while true {
      switch lineReader.readLine(prompt: "› ", kind: .answer) {
      case .line(let line):
        if let answer = Self.yesOrNo(line, defaultAnswer: defaultAnswer) { return answer }
        console.line("Type y or n (Return means \(defaultAnswer ? "yes" : "no")).")
      case .interrupted, .endOfInput:
        return nil
      }
    }
  }

  /// true for y and yes, false for n and no (any case, spaces around ignored), `defaultAnswer`
  /// for an empty line, nil for anything else.
  static func yesOrNo(_ line: String, defaultAnswer: Bool) -> Bool? {
    switch line.split(separator: " ").joined().lowercased() {
    case "": defaultAnswer
    case "y", "yes": true
    case "n", "no": false
    default: nil
    }
  }
}
