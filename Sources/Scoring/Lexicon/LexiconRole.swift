/// What a group of phrases means to the scorers.
///
/// The code knows roles; the lexicon files decide which phrases play them.
public enum LexiconRole: String, Sendable, Hashable, CaseIterable, Codable {
  /// Something the other side does or gives up: a meeting, an intro, a pilot, a deposit.
  case commit
  /// Polite stalling: "keep me posted", "let me think about it".
  case stall
  /// Nice words that cost nothing.
  case compliment
  /// A clear no.
  case rejection
  /// A vague time that stands in for a date: "soon", "at some point".
  case vague
  /// Flips the meaning of the next few words: "not", "never".
  case negator
  /// Makes the rest of the clause or sentence hypothetical: "if", "would", "probably".
  case conditional
  /// Starts a new clause: "but", "however".
  case boundary
  /// Phrases that contain a negator or modal without being one: "no problem", "would love to".
  case neutral
  /// Words a phrase may skip over: "a", "the", "quick".
  case filler
  /// A day or date: "tuesday", "next week", "12/3".
  case date
  /// A time of day: "3pm", "at 11", "noon".
  case time
  /// A named person (usually through the `<name>` class).
  case person
  /// A role in an organisation: "head of IT", "CFO".
  case role
  /// An amount of money: "$5k", "500 dollars".
  case amount
  /// A document that binds: "LOI", "purchase order", "contract".
  case document
  /// An ask that leaves no real chance to say no: "what do you think?".
  case openAsk = "open-ask"
  /// A closing that invites a yes or a no: "are you in?", "can we".
  case closedAsk = "closed-ask"
  /// A question about an imagined future: "would you", "do you think".
  case hypothetical
  /// A question that fishes for praise: "do you like".
  case complimentFishing = "compliment-fishing"
  /// A question that suggests its own answer: "don't you think".
  case leading
  /// A question that sells instead of asking: "our app".
  case pitching
  /// A question too broad to answer with a story: "any pain points?".
  case generic
  /// A question about what happened or happens now: "last time", "walk me through".
  case pastBehaviour = "past-behaviour"
  /// Talk that sounds like data but is not: "usually", "always", "definitely will".
  case fluff
  /// A feature request or an idea.
  case idea
  /// A sign of a fact: past specifics, money or time spent, a workaround built.
  case fact
  /// A sign of an earlyvangelist: has the problem, knows it, looks for a fix, has budget.
  case earlyvangelist
}
