import ArgumentParser

extension Advance {
  /// Every command, in the order `help` lists them.
  ///
  /// A new command is added here.
  public static let commands: [any AdvanceCommand.Type] = [
    PromptsCommand.self,
    PracticeCommand.self,
    DrillCommand.self,
  ]
}
