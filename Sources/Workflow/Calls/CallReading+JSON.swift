import Calls
import Scoring
import Vocabulary

extension CallReading {
  private enum Keys: String, CodingKey {
    case format, stage, speakers, questions
    case plannedQuestions = "planned_questions"
    case notes
    case earlyvangelist, ask, reply
    case nextSteps = "next_steps"
    case founderShare = "founder_share"
    case text, at, line, flags, kind, sign, grade, score, good, missing, better, verdict
    case currencies, strength, reasons, what, owner, due, asked
  }

  /// Encodes the keys `advance transcript --json` documents.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(format, forKey: .format)
    try container.encode(stage, forKey: .stage)
    try container.encode(speakers, forKey: .speakers)
    try container.encode(Self.rounded(founderShare), forKey: .founderShare)
    var questions = container.nestedUnkeyedContainer(forKey: .questions)
    for question in self.questions {
      var item = questions.nestedContainer(keyedBy: Keys.self)
      try item.encode(question.text, forKey: .text)
      try Self.encode(question.place, into: &item)
      try item.encode(question.flags.map(\.kind), forKey: .flags)
    }
    var planned = container.nestedUnkeyedContainer(forKey: .plannedQuestions)
    for question in self.planned {
      var item = planned.nestedContainer(keyedBy: Keys.self)
      try item.encode(question.text, forKey: .text)
      try item.encode(question.askedAt != nil, forKey: .asked)
      try item.encode(question.askedAt?.time?.description, forKey: .at)
    }
    var notes = container.nestedUnkeyedContainer(forKey: .notes)
    for note in self.notes {
      var item = notes.nestedContainer(keyedBy: Keys.self)
      try item.encode(note.kind, forKey: .kind)
      try item.encode(note.text, forKey: .text)
      try Self.encode(note.place, into: &item)
    }
    var signs = container.nestedUnkeyedContainer(forKey: .earlyvangelist)
    for sign in self.signs {
      var item = signs.nestedContainer(keyedBy: Keys.self)
      try item.encode(sign.sign, forKey: .sign)
      try item.encode(sign.text, forKey: .text)
      try Self.encode(sign.place, into: &item)
    }
    if let ask {
      var item = container.nestedContainer(keyedBy: Keys.self, forKey: .ask)
      try item.encode(ask.text, forKey: .text)
      try Self.encode(ask.place, into: &item)
      try item.encode(ask.grade.grade, forKey: .grade)
      try item.encode(ask.grade.score, forKey: .score)
      try item.encode(ask.grade.isGood, forKey: .good)
      try item.encode(ask.grade.missing, forKey: .missing)
      try item.encode(ask.grade.better, forKey: .better)
    } else {
      try container.encodeNil(forKey: .ask)
    }
    if let reply {
      var item = container.nestedContainer(keyedBy: Keys.self, forKey: .reply)
      try item.encode(reply.text, forKey: .text)
      try Self.encode(reply.place, into: &item)
      try item.encode(reply.interpretation.verdict, forKey: .verdict)
      try item.encode(reply.interpretation.currencies, forKey: .currencies)
      try item.encode(reply.interpretation.strength, forKey: .strength)
      try item.encode(reply.interpretation.reasons, forKey: .reasons)
    } else {
      try container.encodeNil(forKey: .reply)
    }
    var steps = container.nestedUnkeyedContainer(forKey: .nextSteps)
    for step in nextSteps {
      var item = steps.nestedContainer(keyedBy: Keys.self)
      try item.encode(step.what, forKey: .what)
      try item.encode(step.owner, forKey: .owner)
      try item.encode(step.due?.description, forKey: .due)
      try Self.encode(step.place, into: &item)
    }
  }

  private static func encode(_ place: Place, into item: inout KeyedEncodingContainer<Keys>) throws {
    try item.encode(place.time?.description, forKey: .at)
    try item.encode(place.line, forKey: .line)
  }

  /// A share to three decimals, so the JSON reads 0.412 rather than 0.41237113402061853.
  static func rounded(_ value: Double) -> Double {
    (value * 1000).rounded() / 1000
  }
}

extension CallReading.Speaker {
  private enum Keys: String, CodingKey { case name, side, share, words, seconds }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(name, forKey: .name)
    try container.encode(side, forKey: .side)
    try container.encode(CallReading.rounded(share), forKey: .share)
    try container.encode(words, forKey: .words)
    try container.encode(seconds.map { ($0 * 10).rounded() / 10 }, forKey: .seconds)
  }
}
