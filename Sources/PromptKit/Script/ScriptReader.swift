import Diagnostics
import Foundation
import YAMLSource
import Yams

/// Turns a script's YAML nodes into a ``Script``, recording what must be checked once all of it
/// has been read (references to questions, jump targets).
struct ScriptReader {
  let path: String
  let bag: DiagnosticBag
  let knownChecks: Set<String>?

  /// A question id named by a condition or a `{placeholder}`.
  private struct Reference {
    let id: String
    let location: SourceLocation
    /// References must name a question whose index is below this.
    let limit: Int
    let what: String
  }

  private var references: [Reference] = []
  private var questionIndex: [String: Int] = [:]
  private var questionCount = 0
  private var given: [(name: String, node: YAMLNode)] = []

  init(path: String, bag: DiagnosticBag, knownChecks: Set<String>?) {
    self.path = path
    self.bag = bag
    self.knownChecks = knownChecks
  }

  mutating func read(_ root: YAMLNode) -> Script? {
    guard
      let map = root.mapping(
        required: ScriptLoader.Keys.scriptRequired, optional: ScriptLoader.Keys.scriptOptional)
    else { return nil }
    given = readGiven(map["given"])
    let fallbackName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let name = map.string("wizard") ?? fallbackName
    let title = template(map["title"], limit: .max, what: "the title")
    let intro = map["intro"].flatMap { template($0, limit: .max, what: "the intro") }
    var steps: [Script.Step] = []
    for node in map.sequence("steps") ?? [] {
      if let step = readStep(node) { steps.append(step) }
    }
    if map.contains("steps"), steps.isEmpty, map["steps"]?.sequence() != nil {
      map["steps"]?.error(.noSteps, "a script needs at least one step")
    }
    let summary = map["summary"].flatMap { template($0, limit: .max, what: "the summary") }
    let script = Script(
      name: name, title: title ?? Template(""), intro: intro, steps: steps, summary: summary,
      path: path, given: given.map(\.name))
    checkReferences()
    ScriptGraph(script: script, bag: bag).check()
    return script
  }

  private mutating func readStep(_ node: YAMLNode) -> Script.Step? {
    guard
      let map = node.mapping(
        required: ScriptLoader.Keys.stepRequired, optional: ScriptLoader.Keys.stepOptional)
    else { return nil }
    let id = readID(map, kind: "step")
    if id == Script.Jump.end {
      map["id"]?.error(.reservedID, "'end' is reserved for jumps that finish the wizard")
    }
    let title = template(map["title"], limit: questionCount, what: "a step title")
    let why = map["why"].flatMap { template($0, limit: questionCount, what: "a step's why") }
    var questions: [Script.Question] = []
    let questionNodes = map.sequence("questions")
    for questionNode in questionNodes ?? [] {
      if let question = readQuestion(questionNode) { questions.append(question) }
    }
    if let questionNodes, questionNodes.isEmpty {
      map["questions"]?.error(.noQuestions, "a step needs at least one question")
    }
    let jumps = map["next"].map { readJumps($0) } ?? []
    guard let id else { return nil }
    return Script.Step(
      id: id, title: title ?? Template(""), why: why, questions: questions, next: jumps,
      location: map.node.location)
  }

  private mutating func readJumps(_ node: YAMLNode) -> [Script.Jump] {
    if case .scalar = node.node {
      guard let target = node.string() else { return [] }
      return [Script.Jump(target: target, location: node.location)]
    }
    guard case .sequence = node.node else {
      node.wrongType(expected: "a step id or a list of jumps")
      return []
    }
    var jumps: [Script.Jump] = []
    for item in node.sequence() ?? [] {
      guard
        let map = item.mapping(
          required: ScriptLoader.Keys.jumpRequired, optional: ScriptLoader.Keys.jumpOptional),
        let target = map.string("step"), let targetNode = map["step"]
      else { continue }
      let condition = map["when"].flatMap {
        self.condition($0, limit: questionCount, what: "a jump's condition")
      }
      jumps.append(Script.Jump(target: target, condition: condition, location: targetNode.location))
    }
    return jumps
  }

  private mutating func readQuestion(_ node: YAMLNode) -> Script.Question? {
    guard
      let map = node.mapping(
        required: ScriptLoader.Keys.questionRequired,
        optional: ScriptLoader.Keys.questionOptional)
    else { return nil }
    let index = questionCount
    questionCount += 1
    let id = readID(map, kind: "question")
    var kind = Script.Question.Kind.text
    if let typeNode = map["type"], let typeName = typeNode.string() {
      if let found = Script.Question.Kind(rawValue: typeName) {
        kind = found
      } else {
        let names = Script.Question.Kind.allCases.map(\.rawValue)
        typeNode.error(
          .unknownType,
          "unknown question type '\(typeName)'" + Suggestion.didYouMean(typeName, in: names))
      }
    }
    let text = template(map["ask"], limit: index, what: "a question")
    let help = map["help"].flatMap { template($0, limit: index, what: "a question's help") }
    let condition = map["when"].flatMap {
      self.condition($0, limit: index, what: "a question's condition")
    }
    var validation = Script.Validation(
      minLength: map.int("min_length", in: 0...100_000),
      maxLength: map.int("max_length", in: 1...100_000),
      pattern: map.string("pattern"), patternMessage: map.string("pattern_message"),
      min: map.double("min"), max: map.double("max"))
    if let pattern = validation.pattern, (try? NSRegularExpression(pattern: pattern)) == nil {
      map["pattern"]?.error(.invalidPattern, "this pattern is not a valid regular expression")
      validation.pattern = nil
    }
    let check = map.string("check")
    if let check, let knownChecks, !knownChecks.contains(check) {
      let names = knownChecks.sorted()
      var hint = Suggestion.didYouMean(check, in: names)
      if names.isEmpty {
        hint = " (no checks are available)"
      } else if hint.isEmpty {
        hint = " (available: \(names.joined(separator: ", ")))"
      }
      map["check"]?.error(.unknownCheck, "unknown check '\(check)'\(hint)")
    }
    let choices = readChoices(map, kind: kind)
    var question = Script.Question(
      id: id ?? "", kind: kind, text: text ?? Template(""), help: help,
      required: map.bool("required") ?? true, defaultValue: nil, condition: condition,
      check: check, choices: choices, validation: validation,
      currency: map.string("currency")?.uppercased() ?? "USD", location: map.node.location)
    if let defaultNode = map["default"], let value = defaultNode.string() {
      // Dates are checked against a fixed day: only the form matters here.
      let context = AnswerContext(now: Date(timeIntervalSince1970: 0), calendar: ScriptReader.utc)
      if case .failure(let rejection) = question.parse(value, context: context) {
        defaultNode.error(
          .invalidDefault, "this default is not a valid answer: \(rejection.reason)")
      } else {
        question.defaultValue = value
      }
    }
    if let id {
      if questionIndex[id] == nil { questionIndex[id] = index }
    } else {
      return nil
    }
    return question
  }

  private func readChoices(_ map: YAMLMapping, kind: Script.Question.Kind) -> [Script.Choice] {
    let isChoice = kind == .choice || kind == .multichoice
    guard let node = map["choices"] else {
      if isChoice {
        map.node.error(.missingChoices, "a \(kind.rawValue) question needs 'choices'")
      }
      return []
    }
    guard let items = node.sequence() else { return [] }
    if !isChoice {
      node.warning(.ignoredChoices, "choices are ignored for a \(kind.rawValue) question")
    }
    if isChoice, items.isEmpty {
      node.error(.noOptions, "a \(kind.rawValue) question needs at least one option")
    }
    var choices: [Script.Choice] = []
    var seen: [String: SourceLocation] = [:]
    for item in items {
      let keyNode: YAMLNode
      let choice: Script.Choice
      if case .scalar = item.node {
        guard let key = item.string() else { continue }
        keyNode = item
        choice = Script.Choice(key: key, label: key)
      } else {
        guard let entry = item.mapping(required: ScriptLoader.Keys.choiceRequired),
          let key = entry.string("key"), let label = entry.string("label"),
          let node = entry["key"]
        else { continue }
        keyNode = node
        choice = Script.Choice(key: key, label: label)
      }
      if let first = seen[choice.key] {
        bag.error(
          .duplicateID, "duplicate option key '\(choice.key)'", at: keyNode.location,
          notes: [.note("first defined here", at: first)])
        continue
      }
      if choice.key.contains(",") || choice.key.contains(" ") {
        keyNode.error(.invalidID, "option keys cannot contain spaces or commas")
      }
      seen[choice.key] = keyNode.location
      choices.append(choice)
    }
    return choices
  }

  private var seenIDs: [String: [String: SourceLocation]] = [:]

  private mutating func readID(_ map: YAMLMapping, kind: String) -> String? {
    guard let node = map["id"], let id = node.string() else { return nil }
    guard ScriptReader.isIdentifier(id) else {
      node.error(
        .invalidID,
        "\(kind) ids use letters, digits, '_' and '-', and start with a letter")
      return nil
    }
    if let first = seenIDs[kind]?[id] {
      bag.error(
        .duplicateID, "duplicate \(kind) id '\(id)'", at: node.location,
        notes: [.note("first defined here", at: first)])
      return nil
    }
    seenIDs[kind, default: [:]][id] = node.location
    return id
  }

  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first == "_" else { return false }
    return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
  }

  static let utc: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar
  }()

  // MARK: - Templates and conditions

  private mutating func template(_ node: YAMLNode?, limit: Int, what: String) -> Template? {
    guard let node, let text = node.string() else { return nil }
    // Block scalars (`|`) end with a newline that would show as a blank line.
    var trimmed = Substring(text)
    while let last = trimmed.last, last.isWhitespace {
      trimmed = trimmed.dropLast()
    }
    let template = Template(String(trimmed))
    for reference in template.references {
      references.append(
        Reference(
          id: reference.id, location: location(in: node, offset: reference.offset), limit: limit,
          what: what))
    }
    return template
  }

  private mutating func condition(_ node: YAMLNode, limit: Int, what: String) -> Script.Condition? {
    guard let text = node.string() else { return nil }
    do {
      let condition = try Script.Condition(text)
      for reference in condition.expression.references {
        references.append(
          Reference(
            id: reference.id, location: location(in: node, offset: reference.offset),
            limit: limit, what: what))
      }
      return condition
    } catch {
      bag.error(
        .expressionSyntax, "in this condition: \(error.message)",
        at: location(in: node, offset: error.offset))
      return nil
    }
  }

  /// The place of a character of a scalar: exact for one-line plain and quoted scalars, the
  /// scalar's start otherwise.
  private func location(in node: YAMLNode, offset: Int) -> SourceLocation {
    guard case .scalar(let scalar) = node.node, !scalar.string.contains("\n") else {
      return node.location
    }
    var location = node.location
    switch scalar.style {
    case .plain, .any: location.column += offset
    case .singleQuoted, .doubleQuoted: location.column += offset + 1
    default: break
    }
    return location
  }

  /// `given: [prep_ask, …]`: names the front end provides, each an id.
  private func readGiven(_ node: YAMLNode?) -> [(name: String, node: YAMLNode)] {
    guard let items = node?.sequence() else { return [] }
    var names: [(name: String, node: YAMLNode)] = []
    for item in items {
      guard let name = item.string() else { continue }
      guard Self.isID(name) else {
        item.error(.invalidID, "'\(name)' is not a valid name: use letters, digits and '_'")
        continue
      }
      names.append((name, item))
    }
    return names
  }

  private static func isID(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, CharacterSet.letters.contains(first) else {
      return false
    }
    return text.unicodeScalars.allSatisfy {
      CharacterSet.alphanumerics.contains($0) || $0 == "_"
    }
  }

  private func checkReferences() {
    let allIDs = questionIndex.keys.sorted()
    for (name, node) in given where questionIndex[name] != nil {
      node.error(.givenIsQuestion, "'\(name)' is given and also a question's id")
    }
    let givenNames = Set(given.map(\.name))
    for reference in references where !givenNames.contains(reference.id) {
      guard let index = questionIndex[reference.id] else {
        bag.error(
          .unknownQuestion,
          "\(reference.what) names '\(reference.id)', which is not a question"
            + Suggestion.didYouMean(reference.id, in: allIDs),
          at: reference.location)
        continue
      }
      if index >= reference.limit {
        bag.error(
          .laterQuestion,
          "\(reference.what) names '\(reference.id)', which is not answered yet at this point",
          at: reference.location)
      }
    }
  }
}
