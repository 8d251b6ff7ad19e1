import Vocabulary

/// A scripted prospect to practise the ask on, loaded from `prompts/personas/NAME.yaml`.
public struct Persona: Equatable, Sendable {
  /// One turn of the learning conversation: a question the founder might ask, and the answer.
  public struct Exchange: Equatable, Sendable {
    public var ask: String
    public var answer: String

    public init(ask: String, answer: String) {
      self.ask = ask
      self.answer = answer
    }
  }

  /// What the persona says to an ask of one quality, and how its author reads it.
  public struct Reply: Equatable, Sendable {
    public var text: String
    /// The author's label; tests check that the interpreter agrees.
    public var expected: Reading

    public init(text: String, expected: Reading) {
      self.text = text
      self.expected = expected
    }
  }

  /// The file's name without `.yaml`: what the founder types after `practice`.
  public var id: String
  public var name: String
  /// earlyvangelist, staller, executive, gatekeeper, clear-no, skeptic, or the author's own.
  public var kind: String
  public var company: String
  public var role: String
  public var stage: Stage
  /// The founder's situation: what they build, how they got the meeting.
  public var scene: String
  /// Who the persona is, for the founder to read first.
  public var background: String
  public var caresAbout: [String]
  public var learning: [Exchange]
  public var replies: [AskQuality: Reply]
  public var betterAsk: String
  public var lesson: String
  /// Phrases that make an ask too big for this persona, whatever the stage allows ("three-year").
  public var tooBig: [String]

  public init(
    id: String, name: String, kind: String, company: String, role: String, stage: Stage,
    scene: String, background: String, caresAbout: [String], learning: [Exchange],
    replies: [AskQuality: Reply], betterAsk: String, lesson: String, tooBig: [String] = []
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.company = company
    self.role = role
    self.stage = stage
    self.scene = scene
    self.background = background
    self.caresAbout = caresAbout
    self.learning = learning
    self.replies = replies
    self.betterAsk = betterAsk
    self.lesson = lesson
    self.tooBig = tooBig
  }

  /// The first of `tooBig` that `ask` contains, ignoring case.
  public func tooBigPhrase(in ask: String) -> String? {
    let text = ask.lowercased()
    return tooBig.first { text.contains($0.lowercased()) }
  }

  /// The reply to an ask of `quality`.
  ///
  /// The loader guarantees a reply for every quality; the fallback keeps a hand-built persona
  /// with gaps usable.
  public func reply(to quality: AskQuality) -> Reply {
    if let reply = replies[quality] { return reply }
    let fallbackOrder: [AskQuality] = [.vague, .undated, .oversized, .crisp]
    for candidate in fallbackOrder {
      if let reply = replies[candidate] { return reply }
    }
    return Reply(text: "Sounds great, keep me posted.", expected: Reading(.hedge))
  }
}
