import Calls
import Foundation
import Vocabulary
import Workflow

/// The one-hour call budget: a WebVTT call of 1,500 cues and about 10,000 words read in at
/// most 100 ms, and linear in its length (1×, 2×, 4×), median of 7 runs each.
enum Budget {
  static func call(cues: Int) -> String {
    // About 6.8 words a cue, as in the labelled calls: 1,500 cues are about 10,000 words.
    let founder = ["When did that last happen to you?", "What did you do about it then?"]
    let prospect = [
      "Last Tuesday we lost about four hours.", "We built a spreadsheet, but it breaks.",
      "It cost us nine hundred dollars.",
    ]
    var text = "WEBVTT\n\n"
    for index in 0..<cues {
      let start = index * 2400
      let speaker = index % 2 == 0 ? "Dana Reyes" : "Sam Lee"
      let line = index % 2 == 0 ? founder[index / 2 % 2] : prospect[index / 2 % 3]
      text +=
        "\(index + 1)\n\(stamp(start)) --> \(stamp(start + 2300))\n<v \(speaker)>\(line)</v>\n\n"
    }
    return text
  }

  private static func stamp(_ milliseconds: Int) -> String {
    let seconds = milliseconds / 1000
    return String(
      format: "%02d:%02d:%02d.%03d", seconds / 3600, seconds / 60 % 60, seconds % 60,
      milliseconds % 1000)
  }

  static func median(_ runs: Int, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return times.sorted()[runs / 2]
  }

  /// Limits past the 4× call: the budget measures reading, not the refusal of a flood.
  static let reader = TranscriptReader(limits: TranscriptLimits(turns: 100_000))

  static func run(reader: CallReader) {
    print("one-hour call budget (median of 7): parse, and parse + the whole reading")
    var base: (parse: Double, read: Double)?
    for scale in [1, 2, 4] {
      let text = call(cues: 1500 * scale)
      let data = Data(text.utf8)
      let words = Self.reader.read(data, path: "call.vtt").transcript?.wordCount ?? 0
      let parse = median(7) { _ = Self.reader.read(data, path: "call.vtt") }
      let read = median(7) {
        guard let transcript = Self.reader.read(data, path: "call.vtt").transcript else {
          return
        }
        _ = reader.read(
          transcript, parties: CallParties(founders: ["Dana Reyes"]), stage: .first,
          day: JournalDay(year: 2026, month: 3, day: 10) ?? JournalDay(Date()))
      }
      let ratio =
        base.map {
          String(format: "  (%.2f× and %.2f× the 1× call)", parse / $0.parse, read / $0.read)
        } ?? ""
      print(
        String(
          format: "  %d× (%d cues, %d words): parse %.1f ms, read %.1f ms; budget at 1×: 100 ms",
          scale, 1500 * scale, words, parse, read) + ratio)
      if base == nil { base = (parse, read) }
    }
  }
}
