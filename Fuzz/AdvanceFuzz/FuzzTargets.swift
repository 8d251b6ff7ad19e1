import AdvanceCLI
import BundledPrompts
import Calls
import Diagnostics
import Foundation
import Journal
import Practice
import PromptKit
import Scoring
import Vocabulary
import Workflow

/// The code paths that read untrusted bytes, each a fuzz target.
///
/// Under libFuzzer (`make fuzz`) the target is picked by `$ADVANCE_FUZZ_TARGET`; without it,
/// `Replay` runs saved inputs through a target, which is how crashes become regression tests.
enum FuzzTargets {
  /// The bundled lexicon, loaded once: interpret and score are fuzzed over the real word lists.
  static let lexicon: Lexicon = {
    let sources = BundledLexicon.sources()
    return LexiconLoader.load(sources).lexicon
  }()

  /// The bundled debrief script, which `--answers` files answer, with the real checks.
  static let debrief: WizardRunner? = {
    guard let text = PromptBundle.files["debrief.yaml"],
      let script = ScriptLoader().load(data: Data(text.utf8), path: "debrief.yaml").script
    else { return nil }
    return WizardRunner(
      script: script, checks: CheckRegistry(ScoringChecks.all(lexicon: lexicon)),
      context: AnswerContext(now: Date(timeIntervalSince1970: 1_795_000_000)))
  }()

  static let all: [String: @Sendable ([UInt8]) -> Void] = [
    "repl-line": { bytes in
      _ = CommandLineTokenizer().split(text(bytes))
    },
    "wizard": { bytes in
      _ = ScriptLoader(knownChecks: nil).load(data: Data(bytes), path: "fuzz.yaml")
    },
    "lexicon": { bytes in
      _ = LexiconLoader.load([
        LexiconSource(name: "fuzz.yaml", path: "fuzz.yaml", text: text(bytes))
      ])
    },
    "persona": { bytes in
      _ = PersonaLoader.load(text(bytes), path: "fuzz.yaml")
    },
    "drill": { bytes in
      _ = DrillDeckLoader.load([.init(path: "fuzz.yaml", text: text(bytes))])
    },
    "when": { bytes in
      if let expression = try? Expression.parse(text(bytes)) {
        _ = expression.evaluate(["a": "1", "b": "yes", "notes": ""])
      }
    },
    "date": { bytes in
      let context = AnswerContext(now: Date(timeIntervalSince1970: 1_795_000_000))
      _ = DateParser(context: context).parse(text(bytes))
    },
    "interpret": { bytes in
      _ = Interpreter(lexicon: lexicon).interpret(text(bytes))
    },
    "score": { bytes in
      _ = MeetingScorer(lexicon: lexicon).score(notes: text(bytes))
    },
    "transcript": { bytes in
      // Read as `advance transcript` reads it: the bytes, then the whole call through the judge.
      guard let call = TranscriptReader().read(Data(bytes), path: "fuzz.vtt").transcript,
        let day = JournalDay(year: 2026, month: 3, day: 10)
      else { return }
      _ = CallReader(lexicon: lexicon).read(
        call, parties: CallParties(founders: Set(call.speakers.prefix(1))), stage: .first,
        day: day)
    },
    "answers": { bytes in
      // Read as `debrief --answers` reads it: the file, then every answer through the script.
      if let file = AnswersFile.parse(Data(bytes), path: "fuzz.yaml", into: DiagnosticBag()) {
        _ = debrief?.run(file)
      }
    },
    "import": { bytes in
      _ = try? JournalSnapshot.decode(json: Data(bytes))
    },
  ]

  static func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  static func run(_ name: String, _ bytes: [UInt8]) -> Bool {
    guard let target = all[name] else { return false }
    target(bytes)
    return true
  }
}
