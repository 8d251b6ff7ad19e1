import Diagnostics
import PromptKit

/// Swift source that builds a value of the prompt-script model: what the embedder writes so the
/// binary holds its bundled scripts already read and checked.
///
/// Names are spelled out in full (`Script.Question.Kind.text`, not `.text`) so the compiler
/// checks each expression without searching for its type.
enum SwiftLiteral {
  static func string(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  static func optional<Value>(_ value: Value?, _ render: (Value) -> String) -> String {
    value.map(render) ?? "nil"
  }

  static func number(_ value: Double) -> String {
    if value.isNaN { return "Double.nan" }
    if value.isInfinite { return value < 0 ? "-Double.infinity" : "Double.infinity" }
    return "\(value)"
  }

  static func list<Value>(_ type: String, _ values: [Value], _ render: (Value) -> String)
    -> String
  {
    "[" + values.map(render).joined(separator: ", ") + "] as [\(type)]"
  }

  /// The parts written out, so the binary does not scan the text for placeholders again.
  static func template(_ template: Template) -> String {
    let parts = list("Template.Part", template.parts) { part in
      switch part {
      case .text(let text): "Template.Part.text(\(string(text)))"
      case .answer(let id, let offset): "Template.Part.answer(\(string(id)), offset: \(offset))"
      case .lineIfAnswered(let id, let offset):
        "Template.Part.lineIfAnswered(\(string(id)), offset: \(offset))"
      }
    }
    return "Template(source: \(string(template.source)), parts: \(parts))"
  }

  static func location(_ location: SourceLocation) -> String {
    "SourceLocation(file: \(string(location.file)), line: \(location.line), "
      + "column: \(location.column))"
  }

  static func condition(_ condition: Script.Condition) -> String {
    "Script.Condition(source: \(string(condition.source)), "
      + "expression: \(expression(condition.expression)))"
  }

  static func expression(_ expression: Expression) -> String {
    switch expression {
    case .answer(let id, let offset):
      return "Expression.answer(\(string(id)), offset: \(offset))"
    case .string(let value):
      return "Expression.string(\(string(value)))"
    case .number(let value):
      return "Expression.number(\(number(value)))"
    case .compare(let op, let lhs, let rhs):
      return "Expression.compare(Expression.Operator.\(name(op)), \(self.expression(lhs)), "
        + "\(self.expression(rhs)))"
    case .member(let value, let list, let negated):
      return "Expression.member(\(self.expression(value)), "
        + "\(self.list("Expression", list, self.expression)), negated: \(negated))"
    case .empty(let id, let offset):
      return "Expression.empty(\(string(id)), offset: \(offset))"
    case .and(let lhs, let rhs):
      return "Expression.and(\(self.expression(lhs)), \(self.expression(rhs)))"
    case .or(let lhs, let rhs):
      return "Expression.or(\(self.expression(lhs)), \(self.expression(rhs)))"
    case .not(let operand):
      return "Expression.not(\(self.expression(operand)))"
    }
  }

  static func name(_ op: Expression.Operator) -> String {
    switch op {
    case .equal: "equal"
    case .notEqual: "notEqual"
    case .less: "less"
    case .greater: "greater"
    case .lessOrEqual: "lessOrEqual"
    case .greaterOrEqual: "greaterOrEqual"
    }
  }

  static func question(_ question: Script.Question) -> String {
    let validation = question.validation
    let choices = list("Script.Choice", question.choices) {
      "Script.Choice(key: \(string($0.key)), label: \(string($0.label)))"
    }
    return "Script.Question("
      + "id: \(string(question.id)), kind: Script.Question.Kind.\(question.kind.rawValue), "
      + "text: \(template(question.text)), help: \(optional(question.help, template)), "
      + "required: \(question.required), "
      + "defaultValue: \(optional(question.defaultValue, string)), "
      + "condition: \(optional(question.condition, condition)), "
      + "check: \(optional(question.check, string)), choices: \(choices), "
      + "validation: Script.Validation("
      + "minLength: \(optional(validation.minLength) { "\($0)" }), "
      + "maxLength: \(optional(validation.maxLength) { "\($0)" }), "
      + "pattern: \(optional(validation.pattern, string)), "
      + "patternMessage: \(optional(validation.patternMessage, string)), "
      + "min: \(optional(validation.min, number)), max: \(optional(validation.max, number))), "
      + "currency: \(string(question.currency)), "
      + "location: \(optional(question.location, location)))"
  }

  static func jump(_ jump: Script.Jump) -> String {
    "Script.Jump(target: \(string(jump.target)), condition: \(optional(jump.condition, condition)), "
      + "location: \(optional(jump.location, location)))"
  }

  /// A function per step, so no one expression grows past what the compiler checks quickly.
  static func step(_ step: Script.Step, function: String) -> String {
    var lines = [
      "  static func \(function)() -> Script.Step {",
      "    var questions: [Script.Question] = []",
    ]
    lines += step.questions.map { "    questions.append(\(question($0)))" }
    lines += [
      "    return Script.Step(",
      "      id: \(string(step.id)), title: \(template(step.title)),",
      "      why: \(optional(step.why, template)), questions: questions,",
      "      next: \(list("Script.Jump", step.next, jump)),",
      "      location: \(optional(step.location, location)))",
      "  }",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// A function building `script`, named `function`, and its steps' functions.
  static func script(_ script: Script, function: String) -> String {
    let steps = script.steps.indices.map { "\(function)Step\($0)" }
    let lines = [
      "  static func \(function)() -> Script {",
      "    Script(",
      "      name: \(string(script.name)), title: \(template(script.title)),",
      "      intro: \(optional(script.intro, template)),",
      "      steps: [\(steps.map { "\($0)()" }.joined(separator: ", "))] as [Script.Step],",
      "      summary: \(optional(script.summary, template)), path: \(string(script.path)),",
      "      given: \(list("String", script.given, string)))",
      "  }",
    ]
    return lines.joined(separator: "\n") + "\n"
      + zip(script.steps, steps).map { self.step($0, function: $1) }.joined()
  }
}
