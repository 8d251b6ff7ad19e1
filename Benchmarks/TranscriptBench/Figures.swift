import Foundation

/// Counts over a folder of labelled calls, printed as `right/total (percent)`.
struct Figures {
  var calls = 0
  var readable = 0
  var format = Tally()
  var askFound = Tally()
  var askGrade = Tally()
  var replyVerdict = Tally()
  var replyCurrencies = Tally()
  var interpretAlone = Tally()
  var interpretAloneCurrencies = Tally()
  var stepsFound = Tally()
  var stepOwner = Tally()
  var stepDue = Tally()
  var shareWithin2 = Tally()
  var shareWordsWithin2 = Tally()
  var shareErrors: [Double] = []
  var shareWordErrors: [Double] = []
  /// Labelled steps not found, by why the reader passed over the sentence that said them.
  var stepMisses: [String: Int] = [:]

  struct Tally {
    var right = 0
    var total = 0
    mutating func add(_ ok: Bool) {
      total += 1
      if ok { right += 1 }
    }
    var cell: String {
      guard total > 0 else { return "-" }
      return "\(right)/\(total) (\(Int((100 * Double(right) / Double(total)).rounded()))%)"
    }
  }

  static let labels = [
    "calls read without errors",
    "format named as labelled",
    "ask found (text match; none when none)",
    "ask grade good/weak (of asks found)",
    "reply verdict (of replies labelled)",
    "reply verdict + exact currencies",
    "interpret on the labelled reply alone",
    "interpret alone, + exact currencies",
    "next steps found (of labelled)",
    "next-step owner right (of found)",
    "next-step due date right (of found)",
    "founder share within 2 pp (reported)",
    "founder share within 2 pp (by words)",
    "founder share error, mean / max (pp)",
  ]

  var cells: [String] {
    func errors(_ values: [Double]) -> String {
      guard !values.isEmpty else { return "-" }
      let mean = values.reduce(0, +) / Double(values.count)
      return String(format: "%.1f / %.1f", mean, values.max() ?? 0)
    }
    return [
      "\(readable)/\(calls)", format.cell, askFound.cell, askGrade.cell, replyVerdict.cell,
      replyCurrencies.cell, interpretAlone.cell, interpretAloneCurrencies.cell, stepsFound.cell,
      stepOwner.cell, stepDue.cell, shareWithin2.cell, shareWordsWithin2.cell,
      errors(shareErrors),
    ]
  }
}
