import BundledPrompts
import Foundation
import Scoring

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Times the scorers on many replies and on transcripts of growing size.
struct SpeedReport {
  let lexicon: Lexicon
  let corpus: Corpus

  func printAll() {
    print("\n== speed: thread CPU time (release builds only are meaningful)")
    // Loading the weights, as the first reply a command reads pays it.
    for (name, path) in JudgeModels.files.sorted(by: { $0.key < $1.key }) {
      guard let text = PromptBundle.files[path] else { continue }
      var model: LinearModel?
      let seconds = measure { model = try? LinearModel(decoding: text) }
      print(
        "load \(name) weights (\(text.utf8.count / 1024) KiB): \(ms(seconds)) ms"
          + (model == nil ? "  (does not read!)" : ""))
    }
    let interpreter = Interpreter(lexicon: lexicon)
    let replies =
      corpus.replies.isEmpty ? ["Sounds great, keep me posted"] : corpus.replies.map(\.text)
    let count = Int(ProcessInfo.processInfo.environment["SCORING_BENCH_REPLIES"] ?? "") ?? 10_000
    let batch = (0..<count).map { replies[$0 % replies.count] }
    let words = batch.reduce(0) { $0 + $1.split(separator: " ").count }
    var checksum = 0
    let seconds = measure {
      for reply in batch { checksum &+= interpreter.interpret(reply).strength }
    }
    print(
      "interpret 10,000 replies (\(words) words): \(ms(seconds)) ms, \(ms(seconds / Double(words) * 1000)) ms per 1k words"
    )

    let scorer = MeetingScorer(lexicon: lexicon)
    let paragraph = transcriptParagraph()
    let paragraphWords = paragraph.split(separator: " ").count
    let sizes =
      ProcessInfo.processInfo.environment["SCORING_BENCH_REPLIES"] == nil
      ? [1_000, 10_000, 100_000] : []
    for target in sizes {
      let copies = max(1, target / paragraphWords)
      let transcript = String(repeating: paragraph + "\n", count: copies)
      let count = copies * paragraphWords
      let time = measure { checksum &+= scorer.score(notes: transcript).score }
      print(
        "score a \(count)-word transcript: \(ms(time)) ms, \(ms(time / Double(count) * 1000)) ms per 1k words"
      )
    }
    print("peak memory (maxrss): \(maxResidentMegabytes()) MB   (checksum \(checksum))")
  }

  private func transcriptParagraph() -> String {
    let notes = corpus.notes.map(\.text)
    if let first = notes.first { return first.replacingOccurrences(of: "\n", with: " ") }
    return """
      They told us the month-end close took nine days last quarter. Dana built a spreadsheet with \
      macros to reconcile invoices and spends about six hours a week on it. She said the tool \
      looks great and she would probably use it if it integrated with NetSuite. They usually \
      review vendors in the spring. She agreed to intro us to her CFO next Tuesday at 3pm.
      """
  }

  /// CPU time of this thread, so other processes on a shared machine do not skew the figures.
  private func measure(_ work: () -> Void) -> Double {
    let start = cpuSeconds()
    work()
    return cpuSeconds() - start
  }

  private func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  private func ms(_ seconds: Double) -> String {
    String(format: "%.2f", seconds * 1000)
  }

  private func maxResidentMegabytes() -> String {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let bytes = Double(usage.ru_maxrss) * 1024
    #else
    getrusage(RUSAGE_SELF, &usage)
    let bytes = Double(usage.ru_maxrss)
    #endif
    return String(format: "%.1f", bytes / 1_048_576)
  }
}
