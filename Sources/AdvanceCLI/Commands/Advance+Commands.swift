import ArgumentParser

extension Advance {
  /// Every command, in the order `help` lists them.
  ///
  /// A new command is added here.
  public static let commands: [any AdvanceCommand.Type] = [
    PrepCommand.self,
    DebriefCommand.self,
    PracticeCommand.self,
    DrillCommand.self,
    InterpretCommand.self,
    AskCommand.self,
    ScoreCommand.self,
    QuestionsCommand.self,
    TranscriptCommand.self,
    TodayCommand.self,
    ReviewCommand.self,
    LeadsCommand.self,
    LeadCommand.self,
    ShowCommand.self,
    SearchCommand.self,
    FollowupsCommand.self,
    ExportCommand.self,
    ImportCommand.self,
    CheckCommand.self,
    PromptsCommand.self,
  ]
}
