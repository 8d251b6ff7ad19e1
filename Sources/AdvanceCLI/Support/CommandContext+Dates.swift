import Foundation
import PromptKit
import Vocabulary

extension CommandContext {
  /// A day given to an option (`--since`, `--until`), read as forgiving as a date answer
  /// (`monday`, `last friday`, `Nov 30`, `2026-11-30`), counted from the founder's today.
  ///
  /// - Throws: `CommandFailure` with status 2 naming the option when it is no date.
  func day(_ text: String, option: String) throws(CommandFailure) -> JournalDay {
    switch DateParser(context: AnswerContext(now: now)).read(text) {
    case .success(let reading):
      guard let day = JournalDay(reading.day.iso) else {
        throw CommandFailure("\(option): not a day this journal can hold", status: 2)
      }
      return day
    case .failure(let rejection):
      throw CommandFailure("\(option): \(rejection.reason)", status: 2)
    }
  }
}
