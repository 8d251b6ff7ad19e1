/// Short human labels for the answer ids of the bundled `prep` and `debrief` scripts, so an
/// export says "What you asked for" where the journal keeps `asked`.
///
/// The one table of them: the Markdown notes read their labels and their order from here. An
/// id not in the table (a question of the founder's own script) is shown as the id.
enum AnswerLabel {
  /// The known ids with their labels, in the order the scripts ask them.
  static let known: [(id: String, label: String)] = [
    // prep.yaml
    ("lead", "Who"),
    ("stage", "Where you were with them"),
    ("currency", "What the ask should cost them"),
    ("ask", "The ask"),
    ("fallback", "If that was too much"),
    ("questions", "Questions to ask"),
    ("unknown", "What you most needed to find out"),
    ("moment", "When to ask"),
    ("rehearsed", "Rehearsed out loud"),
    ("pushback", "Expected pushback, and your reply"),
    ("yes_sounds", "A yes would sound like"),
    ("hedge_sounds", "A hedge would sound like"),
    ("no_sounds", "A no would sound like"),
    // debrief.yaml
    ("planned", "What you wanted to leave with"),
    ("notes", "Notes"),
    ("asked", "What you asked for"),
    ("reply", "What they said"),
    ("verdict", "Your verdict"),
    ("currencies", "What it cost them, as you read it"),
    ("versus_plan", "Compared with the plan"),
    ("next_steps", "Next steps"),
    ("next_step", "Next step"),
    ("next_step_date", "Next step due"),
    ("verdict_stands", "The verdict that stands"),
  ]

  private static let labels = Dictionary(known.map { ($0.id, $0.label) }) { first, _ in first }
  private static let positions = Dictionary(known.enumerated().map { ($1.id, $0) }) {
    first, _ in first
  }

  /// The label of an answer id, or the id itself when it is not a known one.
  static func of(_ id: String) -> String { labels[id] ?? id }

  /// Where an id comes in the scripts' order; unknown ids come after every known one.
  static func position(_ id: String) -> Int { positions[id] ?? known.count }
}
