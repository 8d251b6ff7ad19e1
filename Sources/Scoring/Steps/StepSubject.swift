import Vocabulary

/// Who acts in a next step, read from the start of the sentence.
struct StepSubject {
  /// The side that acts.
  let owner: Party
  /// The person named as acting, when there is one.
  let person: String?
  /// The words that say what happens (after a leading "Dana:" or filler).
  let clause: String

  private static let ourWords: Set<String> = [
    "i", "we", "me", "my", "our", "us", "i'll", "we'll", "i'm", "we're", "i've", "we've", "i'd",
    "we'd", "ill", "im", "myself", "ourselves", "founder", "let's", "lets",
  ]
  private static let theirWords: Set<String> = [
    "she", "he", "they", "their", "her", "his", "them", "she'll", "he'll", "they'll", "she's",
    "he's", "they're", "theyll", "shell", "hell", "client", "customer", "prospect", "buyer",
  ]
  /// Words that open a sentence without saying who acts.
  private static let fillers: Set<String> = [
    "so", "um", "uh", "basically", "and", "then", "ok", "okay", "next", "also", "plus", "action",
    "todo", "to-do", "step", "steps", "ns", "ap", "fyi", "pls", "please", "oh", "like", "yeah",
    "right", "well", "anyway", "after", "afterwards", "later", "finally", "first", "second",
    "today", "tomorrow", "tmrw", "eod", "eow", "asap", "by", "on", "before", "once", "when", "if",
    "monday", "tuesday", "wednesday", "thursday", "friday", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "this", "week", "the", "a", "an", "morning", "afternoon", "evening",
    "tonight", "night", "noon", "in", "two", "three", "few", "days", "weeks", "next", "end",
  ]
  /// Meetings a prospect agrees to sit in: with "we" they cost the prospect time.
  private static let meetingVerbs: Set<String> = [
    "meet", "meeting", "demo", "call", "present", "walk", "review", "sit", "workshop", "visit",
    "onsite", "tour", "session", "workshop", "kickoff", "demo", "walkthrough", "lunch",
  ]
  /// Verbs that open the founder's note-to-self.
  private static let imperatives: Set<String> = [
    "send", "email", "e-mail", "mail", "follow", "book", "call", "ring", "phone", "write",
    "prepare", "prep", "draft", "share", "schedule", "set", "update", "build", "fix", "ping",
    "chase", "check", "ask", "confirm", "loop", "put", "get", "make", "create", "add", "log",
    "finish", "research", "find", "reach", "text", "reply", "respond", "forward", "fwd", "remind",
    "nudge", "invite", "organise", "organize", "arrange", "plan", "price", "quote", "scope",
    "estimate", "compile", "collect", "gather", "pull", "dig", "look", "investigate", "test",
    "try", "spin", "configure", "install", "deploy", "ship", "deliver", "mock", "design", "sketch",
    "record", "film", "tweak", "adjust", "rework", "revise", "redo", "polish", "clean", "tidy",
    "double-check", "verify", "validate", "sort", "figure", "work", "start", "kick", "begin",
    "circulate", "post", "upload", "hand", "give", "offer", "propose", "pitch",
    "introduce", "intro", "thank", "congratulate", "message", "dm", "slack", "whatsapp",
    "calendar", "block", "hold", "reserve", "order", "buy", "pay", "sign", "countersign",
    "return", "submit", "file", "register", "apply", "translate", "summarise", "summarize",
    "recap", "note", "list", "map", "outline", "document", "write-up", "writeup", "finalise",
    "finalize", "wrap", "close", "open", "review", "reread", "read", "watch", "learn", "study",
    "talk", "speak", "fill", "print", "run", "must", "need", "calc", "attach", "re", "go", "drop",
    "bring", "take", "keep", "stay", "wait",
  ]
  /// Capitalised words that open a sentence without naming who acts.
  private static let notNames: Set<String> = [
    "the", "their", "a", "an", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "some", "one", "all", "both", "payment", "budget", "contract", "pilot", "paid",
  ]
  /// Our side's words after "by" in a passive ("to be sent by us").
  private static let passiveUs: Set<String> = ["us", "me", "our", "myself"]

  init(_ text: String) {
    var words = Self.words(text)
    var clause = text
    // "Dana: sends the export", "Dana — pilot sign-off": the name says who, the rest what.
    var labelled: String?
    if let cut = text.firstIndex(where: { $0 == ":" || $0 == "—" || $0 == "–" }),
      text.distance(from: text.startIndex, to: cut) <= 24
    {
      let label = String(text[..<cut]).trimmingCharacters()
      let rest = String(text[text.index(after: cut)...]).trimmingCharacters()
      let labelWords = Self.words(label)
      if !rest.isEmpty, (1...3).contains(labelWords.count) {
        labelled = label
        clause = rest
        words = Self.words(rest)
        if labelWords.allSatisfy({ Self.ourWords.contains($0.lowercased()) }) {
          self.init(owner: .us, person: nil, clause: clause)
          return
        }
      }
    }
    // "Priya (our CTO) sets up the sandbox": one of ours acts.
    if text.lowercased().contains("(our ") {
      self.init(owner: .us, person: nil, clause: clause)
      return
    }
    // Their words quoted: "send me an email w/ the details".
    if let opening = text.first, "\"“‘'".contains(opening) {
      self.init(owner: .them, person: nil, clause: clause)
      return
    }
    // A sentence that opens with when or on what condition says who acts after its comma:
    // "On the 9th, before their ops meeting, I'll send Declan the list".
    if let comma = Self.clauseAfterOpening(text) { words = Self.words(comma) }
    let lower = words.map { $0.lowercased() }
    var start = 0
    while start < lower.count - 1,
      Self.fillers.contains(lower[start]) || Self.isNumber(lower[start])
    {
      start += 1
    }
    let first = start < lower.count ? lower[start] : ""
    let next = start + 1 < lower.count ? lower[start + 1] : ""
    if Self.ourWords.contains(first) {
      // "we meet her COO Thursday", "we're doing a session with their team": a meeting with
      // their people is their time.
      // The verb after "we" ("we meet…", "we'll run…", "we're doing a session…") says whether
      // it is a meeting; "we need to draft…" is our errand.
      let verbs = lower.dropFirst(start + 1).drop {
        ["will", "ll", "are", "re", "'ll"].contains($0)
      }
      let verb = verbs.first ?? ""
      let holding = ["doing", "do", "have", "having", "hold", "holding"].contains(verb)
      let meeting =
        Self.meetingVerbs.contains(verb)
        || (holding && lower.contains { Self.meetingVerbs.contains($0) })
      let theirPeople = lower.contains { ["her", "his", "their", "with"].contains($0) }
      let owner: Party = first.hasPrefix("we") && meeting && theirPeople ? .them : .us
      self.init(owner: owner, person: nil, clause: clause)
      return
    }
    if Self.theirWords.contains(first) {
      self.init(owner: .them, person: nil, clause: clause)
      return
    }
    // The passive: "contract to be signed by legal by the 20th", "deck to be sent by us".
    if let by = lower.firstIndex(of: "by"),
      lower[..<by].contains("be") || lower[..<by].contains(where: { $0.hasSuffix("ed") }),
      by + 1 < lower.count, lower.prefix(by).contains(where: { $0 == "be" || $0 == "being" })
    {
      let agent = lower[by + 1]
      self.init(owner: Self.passiveUs.contains(agent) ? .us : .them, person: nil, clause: clause)
      return
    }
    if let labelled {
      // "Dana: sends the export by Thu" is hers; "Dana: send her the deck" is ours; "jen:
      // "keep me posted"" quotes her.
      let quoted = clause.first.map { "\"“‘'".contains($0) } ?? false
      let ours = !quoted && Self.imperatives.contains(first) && !Self.actsInThirdPerson(first)
      self.init(owner: ours ? .us : .them, person: ours ? nil : labelled, clause: clause)
      return
    }
    // An imperative opens our own errand ("Send Dana the proposal", "follow up Tue"); an
    // item handed over ("pricing -> rachel by wed") is ours to deliver. Anything else that
    // acts is theirs: a name, a role, a company, "will revisit", a pilot they agreed to.
    // "hipaa doc to their IT contractor": a thing handed over, with nobody acting before it.
    let actors: Set<String> = ["will", "is", "has", "us", "me", "going", "wants", "said"]
    let handedOver = lower.indices.dropLast().contains { index in
      guard lower[index] == "to", index > start, ["their", "her", "his"].contains(lower[index + 1])
      else { return false }
      let before = lower[start..<index]
      return !before.contains { Self.actsInThirdPerson($0) || actors.contains($0) }
        && !(words[start].first?.isUppercase ?? false)
    }
    if Self.imperatives.contains(first) || text.contains("->") || text.contains("→")
      || handedOver
    {
      self.init(owner: .us, person: nil, clause: clause)
      return
    }
    let original = start < words.count ? words[start] : ""
    let name = String(original.prefix { $0 != "'" })
    let isName =
      (name.first?.isUppercase ?? false) && !Self.notNames.contains(name.lowercased())
    self.init(owner: .them, person: isName ? name : nil, clause: clause)
  }

  private init(owner: Party, person: String?, clause: String) {
    self.owner = owner
    self.person = person
    self.clause = clause
  }

  /// A verb in the third person singular ("signs", "books", "sends"), not a plural noun the
  /// founder lists as an errand ("docs", "slides") — told apart by what commonly follows a
  /// name: a short verb in -s.
  private static func actsInThirdPerson(_ word: String) -> Bool {
    guard word.count >= 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("'s")
    else { return false }
    return !["docs", "slides", "notes", "specs", "terms", "details", "numbers", "thanks", "stats"]
      .contains(word)
  }

  /// Words an opening adverbial starts with ("On the 9th, …", "Once the PO is in, …").
  private static let openers: Set<String> = [
    "on", "in", "by", "before", "after", "once", "when", "if", "as", "tomorrow", "today",
    "tonight", "next", "this", "later", "first", "then", "monday", "tuesday", "wednesday",
    "thursday", "friday", "mon", "tue", "wed", "thu", "fri", "so", "um", "ok", "okay",
  ]

  /// The text after the comma of an opening adverbial of up to eight words, when what follows
  /// starts with a pronoun or an imperative.
  private static func clauseAfterOpening(_ text: String) -> String? {
    let pieces = text.split(separator: ",", maxSplits: 3).map(String.init)
    guard let head = words(pieces.first ?? "").first?.lowercased(), openers.contains(head)
    else { return nil }
    var opening = 0
    for (index, piece) in pieces.enumerated().dropLast() {
      opening += words(piece).count
      guard opening <= 8 else { return nil }
      let rest = pieces[(index + 1)...].joined(separator: ",")
      if let head = words(rest).first?.lowercased(),
        ourWords.contains(head) || theirWords.contains(head) || imperatives.contains(head)
      {
        return rest
      }
    }
    return nil
  }

  private static func isNumber(_ word: String) -> Bool {
    word.first?.isNumber ?? false
  }

  private static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") })
      .map { $0.replacingOccurrences(of: "’", with: "'") }
  }
}
