import Scoring

/// The scoring module's interpreter, seen through `ReplyInterpreting`.
public struct ScoringInterpreter: ReplyInterpreting {
  public let interpreter: Interpreter

  public init(_ interpreter: Interpreter) {
    self.interpreter = interpreter
  }

  public func interpret(_ reply: String) -> InterpretedReply {
    let result = interpreter.interpret(reply)
    let verdict: Reading.Verdict
    switch result.verdict {
    case .commitment: verdict = .commitment
    case .hedge: verdict = .hedge
    case .rejection: verdict = .rejection
    }
    let currencies = Set(result.currencies.compactMap { Reading.Currency(rawValue: $0.rawValue) })
    return InterpretedReply(
      reading: Reading(verdict, currencies: currencies), reasons: result.reasons)
  }
}
