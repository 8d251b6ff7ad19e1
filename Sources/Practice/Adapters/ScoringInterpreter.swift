import Scoring

/// The scoring module's interpreter, seen through `ReplyInterpreting`.
public struct ScoringInterpreter: ReplyInterpreting {
  public let interpreter: Interpreter

  public init(_ interpreter: Interpreter) {
    self.interpreter = interpreter
  }

  public func interpret(_ reply: String) -> InterpretedReply {
    let result = interpreter.interpret(reply)
    return InterpretedReply(
      reading: Reading(result.verdict, currencies: Set(result.currencies)),
      reasons: result.reasons)
  }
}
