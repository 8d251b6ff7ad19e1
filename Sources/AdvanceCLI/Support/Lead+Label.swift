import Journal

extension Lead {
  /// The lead as a question or a message names it: `Jordan (Acme)`, or the name alone, with
  /// control characters shown.
  var label: String {
    let name = VisibleText.of(name)
    return company.isEmpty ? name : "\(name) (\(VisibleText.of(company)))"
  }
}
