import Foundation
import Vocabulary

/// Labelled text for training and measuring the judge, read from tab-separated files as
/// `Corpus/README.md` describes: `replies-*.tsv`, `notes-*.tsv`, `asks-*.tsv`, `questions-*.tsv`.
public struct LabelledCorpus: Sendable {
  /// A prospect's reply and how a careful reader labels it.
  public struct Reply: Sendable, Hashable {
    public var text: String
    public var verdict: Verdict
    public var currencies: [Currency]
    /// The file it came from.
    public var source = ""
  }

  /// One line of debrief notes and its kind.
  public struct NoteLine: Sendable, Hashable {
    public var text: String
    public var kind: Finding.Kind
    /// The file it came from.
    public var source = ""
  }

  /// An ask, the stage it was made at, and whether it is good there.
  public struct Ask: Sendable, Hashable {
    public var text: String
    public var stage: Stage
    public var isGood: Bool
    /// The file it came from.
    public var source = ""
  }

  /// A planned question and its kind: `past`, `specifics` or `workaround` (good);
  /// `hypothetical`, `fishing`, `leading`, `pitching` or `generic` (bad).
  public struct Question: Sendable, Hashable {
    public var text: String
    /// The kind, when the file gives one.
    public var kind: String?
    public var isGood: Bool
    /// The file it came from.
    public var source = ""
  }

  /// A next step as a founder wrote it: who must act, and what it costs the prospect.
  public struct Step: Sendable, Hashable {
    public var text: String
    public var owner: Party
    public var costs: [Currency]
    /// The file it came from.
    public var source = ""
  }

  /// A row that does not read, with its place.
  public struct RowError: Error, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): error: \(message)" }
  }

  /// The question kinds, good ones first.
  public static let questionKinds = [
    "past", "specifics", "workaround", "hypothetical", "fishing", "leading", "pitching", "generic",
  ]
  static let goodQuestionKinds: Set<String> = ["past", "specifics", "workaround"]

  public var replies: [Reply] = []
  public var notes: [NoteLine] = []
  public var asks: [Ask] = []
  public var questions: [Question] = []
  public var steps: [Step] = []
  /// The files read, sorted, with their bytes, for hashing a frozen split.
  public var files: [(name: String, data: Data)] = []

  /// Creates an empty corpus.
  public init() {}

  /// The writer of a file: what follows the last `-` of its name (`replies-w3.tsv` → `w3`).
  public static func writer(of source: String) -> String {
    let stem = source.hasSuffix(".tsv") ? String(source.dropLast(4)) : source
    return stem.split(separator: "-").last.map(String.init) ?? stem
  }

  /// The rows of the writers that `keep` accepts.
  public func filter(writers keep: (String) -> Bool) -> LabelledCorpus {
    var corpus = LabelledCorpus()
    corpus.replies = replies.filter { keep(Self.writer(of: $0.source)) }
    corpus.notes = notes.filter { keep(Self.writer(of: $0.source)) }
    corpus.asks = asks.filter { keep(Self.writer(of: $0.source)) }
    corpus.questions = questions.filter { keep(Self.writer(of: $0.source)) }
    corpus.steps = steps.filter { keep(Self.writer(of: $0.source)) }
    return corpus
  }

  /// The writers of every row, sorted.
  public var writers: [String] {
    let sources =
      replies.map(\.source) + notes.map(\.source) + asks.map(\.source)
      + questions.map(\.source) + steps.map(\.source)
    return Set(sources.map(Self.writer)).sorted()
  }

  /// Reads every corpus file of a folder.
  ///
  /// - Parameter folder: A folder such as `Corpus/train`.
  /// - Throws: ``RowError`` for the first row that does not read, or a file error.
  public init(folder: URL) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".tsv") }.sorted()
    for name in names {
      let data = try Data(contentsOf: folder.appending(path: name))
      files.append((name, data))
      try read(String(decoding: data, as: UTF8.self), file: name)
    }
  }

  private mutating func read(_ text: String, file: String) throws {
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let number = offset + 1
      func fail(_ message: String) -> RowError {
        RowError(file: file, line: number, message: message)
      }
      let row = line.hasSuffix("\r") ? line.dropLast() : line
      if row.isEmpty || row.hasPrefix("#") { continue }
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if file.contains("replies") {
        guard fields.count == 3, let verdict = Verdict(rawValue: fields[0]) else {
          throw fail("expected verdict, currencies and text")
        }
        let currencies =
          fields[1] == "-"
          ? []
          : fields[1].split(separator: ",").compactMap {
            Currency(rawValue: String($0))
          }
        guard (verdict == .commitment) == !currencies.isEmpty else {
          throw fail("a commitment has currencies, and nothing else has")
        }
        replies.append(
          Reply(
            text: fields[2], verdict: verdict, currencies: currencies.sorted(), source: file))
      } else if file.contains("notes") {
        guard fields.count == 2, let kind = Finding.Kind(rawValue: fields[0]) else {
          throw fail("expected kind and text")
        }
        notes.append(NoteLine(text: fields[1], kind: kind, source: file))
      } else if file.contains("asks") {
        guard fields.count == 3, fields[0] == "good" || fields[0] == "weak",
          let stage = Stage(reading: fields[1])
        else { throw fail("expected good|weak, stage and text") }
        asks.append(
          Ask(text: fields[2], stage: stage, isGood: fields[0] == "good", source: file))
      } else if file.hasPrefix("steps") {
        guard fields.count == 3, let owner = Party(rawValue: fields[0]) else {
          throw fail("expected owner (us|them), costs and text")
        }
        let costs =
          fields[1] == "-"
          ? [] : fields[1].split(separator: ",").compactMap { Currency(rawValue: String($0)) }
        guard owner == .them || costs.isEmpty else { throw fail("our own steps cost them nothing") }
        steps.append(Step(text: fields[2], owner: owner, costs: costs.sorted(), source: file))
      } else if file.contains("questions") {
        // `label, text`, or `label, kind, text`.
        let good = fields[0] == "good"
        guard fields[0] == "good" || fields[0] == "bad", fields.count == 2 || fields.count == 3
        else { throw fail("expected good|bad, a kind and text") }
        if fields.count == 2 {
          questions.append(Question(text: fields[1], kind: nil, isGood: good, source: file))
          continue
        }
        guard Self.questionKinds.contains(fields[1]),
          good == Self.goodQuestionKinds.contains(fields[1])
        else { throw fail("the kind \(fields[1]) does not fit the label \(fields[0])") }
        questions.append(Question(text: fields[2], kind: fields[1], isGood: good, source: file))
      }
    }
  }
}
