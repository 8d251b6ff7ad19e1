import Diagnostics

/// Where the parsers put what they read: the turns, and every problem with its place, up to
/// the limits.
final class TurnSink {
  let path: String
  let limits: TranscriptLimits
  let bag = DiagnosticBag()
  private(set) var turns: [Turn] = []
  /// Set once the turn limit is passed: the parsers stop reading.
  private(set) var isFull = false
  private var dropped = 0

  init(path: String, limits: TranscriptLimits) {
    self.path = path
    self.limits = limits
  }

  func location(line: Int, column: Int) -> SourceLocation {
    SourceLocation(file: path, line: line, column: column)
  }

  /// Adds a turn, or refuses the file once it holds more turns than any call.
  func add(_ turn: Turn) {
    guard !isFull else { return }
    guard turns.count < limits.turns else {
      isFull = true
      report(
        .error(
          .tooManyTurns,
          "more than \(limits.turns) turns; a one-hour call has about 1,500, so this is"
            + " not read further",
          at: location(line: turn.line, column: 1)))
      return
    }
    guard turn.text.count <= limits.turnLength else {
      report(
        .error(
          .turnTooLong, "a turn longer than \(limits.turnLength) characters is not a call",
          at: location(line: turn.line, column: 1)))
      return
    }
    turns.append(turn)
  }

  func error(_ code: DiagnosticCode, _ message: String, line: Int, column: Int) {
    report(.error(code, message, at: location(line: line, column: column)))
  }

  func warning(_ code: DiagnosticCode, _ message: String, line: Int, column: Int) {
    report(.warning(code, message, at: location(line: line, column: column)))
  }

  private func report(_ diagnostic: Diagnostic) {
    guard bag.diagnostics.count < limits.diagnostics else {
      dropped += 1
      return
    }
    bag.report(diagnostic)
  }

  /// The diagnostics, with a last one counting those left out.
  var diagnostics: [Diagnostic] {
    var all = bag.diagnostics
    if dropped > 0 {
      let errors = all.contains { $0.severity == .error }
      all.append(
        Diagnostic(
          errors ? .error : .warning, code: .tooManyProblems,
          "\(dropped) more problem\(dropped == 1 ? "" : "s") not shown"))
    }
    return all
  }

  var hasErrors: Bool { bag.hasErrors }
}
