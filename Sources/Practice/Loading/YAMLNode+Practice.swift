import Diagnostics
import Vocabulary
import YAMLSource

extension YAMLNode {
  /// Non-blank text with one trailing newline of a block scalar removed.
  func text() -> String? {
    guard let value = string() else { return nil }
    guard !value.allSatisfy(\.isWhitespace) else {
      error(.emptyText, "\(label ?? "the value") is empty")
      return nil
    }
    return value.hasSuffix("\n") ? String(value.dropLast()) : value
  }

  /// One of `options`, by its raw value; otherwise reported with the choices.
  func choice<T: RawRepresentable>(_ what: String, _ options: [T]) -> T?
  where T.RawValue == String {
    guard let value = string() else { return nil }
    if let found = T(rawValue: value) { return found }
    let names = options.map(\.rawValue)
    error(
      .unknown(what),
      "'\(value)' is not a \(what)" + Suggestion.didYouMean(value, in: names)
        + "; use one of: " + names.joined(separator: ", "))
    return nil
  }

  /// A set of currencies from a list such as `[time, money]`.
  func currencies() -> Set<Currency> {
    var result: Set<Currency> = []
    for item in sequence() ?? [] {
      guard let currency = item.choice("currency", Currency.allCases) else { continue }
      if result.contains(currency) {
        item.warning(.duplicateCurrency, "'\(currency.rawValue)' is listed twice")
      }
      result.insert(currency)
    }
    return result
  }
}

extension YAMLMapping {
  /// The label's currencies under `currencies`, checked against the verdict: a commitment needs
  /// at least one, the other verdicts none.
  func reading(verdict: Verdict?) -> Reading? {
    let currencies = self["currencies"]?.currencies() ?? []
    guard let verdict else { return nil }
    let place = self["currencies"] ?? node
    if verdict == .commitment, currencies.isEmpty {
      place.error(
        .missingCurrency,
        "a commitment needs 'currencies': what it costs (time, reputation, money)")
      return nil
    }
    if verdict != .commitment, !currencies.isEmpty {
      place.error(
        .unexpectedCurrency, "only a commitment has currencies; this is a \(verdict.rawValue)")
      return nil
    }
    return Reading(verdict, currencies: currencies)
  }
}
