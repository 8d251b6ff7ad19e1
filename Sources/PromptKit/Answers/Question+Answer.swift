import Foundation

extension Script.Question {
  /// Checks an answer and turns it into its stored form.
  ///
  /// Stored forms: text and notes trimmed; a choice's key; multi-choice keys joined by `, ` in
  /// option order; `yes`/`no`; a scale digit; an ISO 8601 date; a plain number; money as
  /// `<amount> <CURRENCY>`. Empty input is refused here; the engine decides about defaults and
  /// skipping before calling this.
  ///
  /// - Parameters:
  ///   - input: What the founder typed (for notes, the lines joined by newlines).
  ///   - context: The clock and calendar for dates.
  /// - Returns: The stored answer, or why it was refused.
  public func parse(_ input: String, context: AnswerContext) -> Result<String, AnswerRejection> {
    let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return .failure(AnswerRejection("an answer is needed here")) }
    switch kind {
    case .text, .notes:
      return validateText(trimmed)
    case .choice:
      return resolveChoice(trimmed).map(\.key)
    case .multichoice:
      var chosen: Set<String> = []
      for word in trimmed.split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
        switch resolveChoice(String(word)) {
        case .success(let choice): chosen.insert(choice.key)
        case .failure(let rejection): return .failure(rejection)
        }
      }
      return .success(choices.map(\.key).filter(chosen.contains).joined(separator: ", "))
    case .yesno:
      switch trimmed.lowercased() {
      case "y", "yes", "yeah", "yep", "true": return .success("yes")
      case "n", "no", "nope", "false": return .success("no")
      default: return .failure(AnswerRejection("answer yes or no"))
      }
    case .scale:
      guard let value = Int(trimmed), (1...5).contains(value) else {
        return .failure(AnswerRejection("pick a number from 1 to 5"))
      }
      return .success(String(value))
    case .date:
      return readDate(trimmed, context: context).map(\.iso)
    case .number:
      guard let value = Double(trimmed.replacingOccurrences(of: ",", with: "")), value.isFinite
      else { return .failure(AnswerRejection("expected a number, like 12 or 3.5")) }
      return checkBounds(value).map { AnswerFormat.number($0) }
    case .money:
      guard let (amount, currency) = Self.money(trimmed) else {
        return .failure(AnswerRejection("expected an amount, like $5k, 1,200 EUR or 300"))
      }
      return checkBounds(amount).map { "\(AnswerFormat.number($0)) \(currency ?? self.currency)" }
    }
  }

  /// Reads an answer as a date, as `type: date` questions do, keeping what the engine shows:
  /// the echo with its weekday and whether the date is past.
  ///
  /// - Parameters:
  ///   - input: What the founder typed.
  ///   - context: The clock and calendar.
  /// - Returns: The reading, or why the answer is no date.
  public func readDate(_ input: String, context: AnswerContext) -> Result<
    DateReading, AnswerRejection
  > {
    let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return .failure(AnswerRejection("an answer is needed here")) }
    return DateParser(context: context).read(trimmed)
  }

  /// How a stored answer reads in summaries and `:show`: labels for choices, as stored otherwise.
  ///
  /// - Parameter stored: The stored answer.
  /// - Returns: The text to show.
  public func display(_ stored: String) -> String {
    switch kind {
    case .choice:
      return choices.first { $0.key == stored }?.label ?? stored
    case .multichoice:
      return stored.split(separator: ",").map { key in
        let key = key.trimmingCharacters(in: .whitespaces)
        return choices.first { $0.key == key }?.label ?? key
      }.joined(separator: ", ")
    default:
      return stored
    }
  }

  /// The choice keys that complete what has been typed so far (for Tab).
  ///
  /// - Parameter prefix: The word being typed.
  /// - Returns: Keys starting with it (case-insensitive), in option order; every key when empty.
  public func completions(for prefix: String) -> [String] {
    let lowered = prefix.lowercased()
    switch kind {
    case .choice, .multichoice:
      return choices.map(\.key).filter { $0.lowercased().hasPrefix(lowered) }
    case .yesno:
      return ["yes", "no"].filter { $0.hasPrefix(lowered) }
    default:
      return []
    }
  }

  /// A short hint of what may be typed, such as `yes/no` or `1-5`.
  public var inputHint: String? {
    switch kind {
    case .yesno: return "yes/no"
    case .scale: return "1-5"
    case .date: return "e.g. tomorrow 3pm, friday, 2026-12-01"
    case .notes: return "end with a line holding only '.'"
    case .multichoice: return "one or more, separated by commas"
    case .money: return "e.g. $5k, 1,200 EUR"
    default: return nil
    }
  }

  private func resolveChoice(_ word: String) -> Result<Script.Choice, AnswerRejection> {
    let lowered = word.lowercased()
    if let exact = choices.first(where: { $0.key.lowercased() == lowered }) {
      return .success(exact)
    }
    if let number = Int(word), choices.indices.contains(number - 1) {
      return .success(choices[number - 1])
    }
    if let label = choices.first(where: { $0.label.lowercased() == lowered }) {
      return .success(label)
    }
    let matches = choices.filter {
      $0.key.lowercased().hasPrefix(lowered) || $0.label.lowercased().hasPrefix(lowered)
    }
    if matches.count == 1, let match = matches.first {
      return .success(match)
    }
    let keys = (matches.isEmpty ? choices : matches).map(\.key)
    let listed = keys.joined(separator: ", ")
    return .failure(
      AnswerRejection(
        matches.isEmpty ? "pick one of: \(listed) (or its number)" : "that could be \(listed)"))
  }

  private func validateText(_ text: String) -> Result<String, AnswerRejection> {
    if let minimum = validation.minLength, text.count < minimum {
      return .failure(AnswerRejection("too short: at least \(minimum) characters"))
    }
    if let maximum = validation.maxLength, text.count > maximum {
      return .failure(AnswerRejection("too long: at most \(maximum) characters"))
    }
    if let pattern = validation.pattern {
      let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$", options: [])
      let range = NSRange(text.startIndex..., in: text)
      if let regex, regex.firstMatch(in: text, range: range) == nil {
        return .failure(
          AnswerRejection(validation.patternMessage ?? "that does not have the expected form"))
      }
    }
    return .success(text)
  }

  private func checkBounds(_ value: Double) -> Result<Double, AnswerRejection> {
    if let minimum = validation.min, value < minimum {
      return .failure(AnswerRejection("at least \(AnswerFormat.number(minimum)), please"))
    }
    if let maximum = validation.max, value > maximum {
      return .failure(AnswerRejection("at most \(AnswerFormat.number(maximum)), please"))
    }
    return .success(value)
  }

  private static let symbols: [Character: String] = [
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
  ]

  /// Reads `$5k`, `5k USD`, `1,200 EUR`, `€300`, `2.5m`, `300`.
  static func money(_ text: String) -> (Double, String?)? {
    var rest = Substring(text.replacingOccurrences(of: ",", with: ""))
    var currency: String?
    if let first = rest.first, let code = symbols[first] {
      currency = code
      rest = rest.dropFirst()
    }
    let words = rest.split(separator: " ")
    guard (1...2).contains(words.count), var amountText = words.first?.lowercased() else {
      return nil
    }
    if words.count == 2 {
      let code = words[1].uppercased()
      guard currency == nil, code.count == 3, code.allSatisfy(\.isLetter) else { return nil }
      currency = code
    }
    var multiplier = 1.0
    if let last = amountText.last, let factor = ["k": 1e3, "m": 1e6][last] {
      multiplier = factor
      amountText.removeLast()
    }
    guard let value = Double(amountText), value >= 0 else { return nil }
    let amount = (value * multiplier * 100).rounded() / 100
    return amount.isFinite ? (amount, currency) : nil
  }
}
