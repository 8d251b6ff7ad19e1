import ArgumentParser
import Vocabulary

extension LeadStage: ExpressibleByArgument {
  /// Reads `--stage` as `init(reading:)` does: the stage names and their synonyms.
  public init?(argument: String) {
    self.init(reading: argument)
  }

  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
