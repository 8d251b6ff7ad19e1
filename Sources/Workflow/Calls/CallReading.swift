import Calls
import Scoring
import Vocabulary

/// What a call's transcript says, read by the judge.
///
/// Who talked how much, the founder's questions, what the prospect said, the ask and the
/// reply to it, and the next steps. Every
/// finding carries where it was said, so the founder can check it in the recording.
///
/// Encodes to the JSON of `advance transcript --json`; the keys `speakers`, `questions`, `ask`,
/// `reply`, `notes` and `next_steps` are stable.
public struct CallReading: Sendable, Hashable, Encodable {
  /// Where something was said: the time in the recording, when the transcript has one, and
  /// the line of the file.
  public struct Place: Sendable, Hashable {
    /// The time, `HH:MM:SS`.
    public var time: CallTime?
    /// The 1-based line of the transcript.
    public var line: Int

    /// Creates a place.
    public init(time: CallTime?, line: Int) {
      self.time = time
      self.line = line
    }

    /// The time when there is one, else `line N`.
    public var label: String { time?.description ?? "line \(line)" }
  }

  /// One speaker and their share of the talking.
  public struct Speaker: Sendable, Hashable, Encodable {
    /// The name as the transcript writes it.
    public var name: String
    /// `us` (the founder's side) or `them`.
    public var side: Party
    /// Their share of the talking, 0–1: of the speaking time when every turn is timed, else
    /// of the words.
    public var share: Double
    /// The words they said.
    public var words: Int
    /// The seconds they spoke, when every turn is timed.
    public var seconds: Double?
  }

  /// A question the founder asked, checked like a planned question.
  public struct Question: Sendable, Hashable {
    /// The question.
    public var text: String
    /// Where it was asked.
    public var place: Place
    /// What the checker found wrong with it; empty for a good question.
    public var flags: [QuestionFlag]
  }

  /// A planned question from the prep, and whether it was asked.
  public struct PlannedQuestion: Sendable, Hashable {
    /// The question as planned.
    public var text: String
    /// Where the founder asked it (closest wording), or nil when they did not.
    public var askedAt: Place?
  }

  /// A sentence of the prospect's, read like a line of notes.
  public struct Note: Sendable, Hashable {
    /// What the sentence is worth as evidence.
    public var kind: Finding.Kind
    /// The sentence.
    public var text: String
    /// Where it was said.
    public var place: Place
  }

  /// An earlyvangelist sign in what the prospect said.
  public struct Sign: Sendable, Hashable {
    /// The sign.
    public var sign: String
    /// The sentence that shows it.
    public var text: String
    /// Where it was said.
    public var place: Place
  }

  /// The founder's request for a next step, graded for the stage.
  public struct Ask: Sendable, Hashable {
    /// The turn holding the request.
    public var text: String
    /// Where it was asked.
    public var place: Place
    /// The grade for the stage.
    public var grade: AskGrade
  }

  /// What the prospect answered to the ask, interpreted.
  public struct Reply: Sendable, Hashable {
    /// Their words, up to the founder's next turn.
    public var text: String
    /// Where they said it.
    public var place: Place
    /// The judge's reading.
    public var interpretation: Interpretation
  }

  /// A next step heard in the closing turns.
  public struct Step: Sendable, Hashable {
    /// The step, in the sentence that says it.
    public var what: String
    /// Who acts.
    public var owner: Party
    /// When it is due, when a day was said.
    public var due: DueDate?
    /// Where it was said.
    public var place: Place
  }

  /// The transcript's format.
  public var format: TranscriptFormat
  /// The stage the ask was graded for.
  public var stage: Stage
  /// Every speaker, most talk first.
  public var speakers: [Speaker]
  /// The founder's questions, in order.
  public var questions: [Question]
  /// The prep's planned questions, when a prep was given.
  public var planned: [PlannedQuestion]
  /// The prospect's sentences, in order.
  public var notes: [Note]
  /// Earlyvangelist signs, one per sign.
  public var signs: [Sign]
  /// The ask, when the founder made one.
  public var ask: Ask?
  /// The reply to the ask.
  public var reply: Reply?
  /// The next steps, in order.
  public var nextSteps: [Step]

  /// The founder's side's share of the talking, 0–1.
  public var founderShare: Double {
    speakers.filter { $0.side == .us }.reduce(0) { $0 + $1.share }
  }
}
