import Diagnostics
import Foundation
import Journal
import PromptKit
import Vocabulary
import YAMLSource

/// `config.yaml`: the founder's thresholds for `today` (``AgendaRules``), checked like every
/// other file, each problem at its line and column.
///
/// ```yaml
/// stages:
///   met:
///     quiet_days: 14        # no meeting or kept promise for this long: gone quiet
///     next_step_days: 14    # a met lead needs a step dated within this many days
///   piloting:
///     quiet_days: 7
/// missed_debrief_days: 14   # how long a prepped meeting without a debrief stays a to-do
/// ```
public enum AgendaConfig {
  /// The file's name in `$XDG_CONFIG_HOME/advance/`.
  public static let fileName = "config.yaml"

  /// Where the file is: `$XDG_CONFIG_HOME/advance/config.yaml`, else
  /// `~/.config/advance/config.yaml`; nil without either variable.
  public static func path(environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/advance/" + fileName
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/advance/" + fileName
  }

  /// The rules in `text`, the defaults where it says nothing, and every problem found.
  ///
  /// - Parameters:
  ///   - text: The file's contents.
  ///   - path: The path diagnostics name.
  /// - Returns: The rules (the defaults on any error) and the diagnostics, sorted by place.
  public static func load(_ text: String, path: String) -> (AgendaRules, [Diagnostic]) {
    let bag = DiagnosticBag()
    // An empty file, or one holding only comments, asks for the defaults.
    let saysNothing = text.split(whereSeparator: \.isNewline).allSatisfy { line in
      let kept = line.drop { $0 == " " || $0 == "\t" }
      return kept.isEmpty || kept.hasPrefix("#")
    }
    guard !saysNothing else { return (AgendaRules(), []) }
    guard let root = YAMLDocument.parse(text: text, path: path, into: bag)?.root, !root.isNull
    else {
      return (AgendaRules(), bag.sorted)
    }
    guard let map = root.mapping(optional: ["stages", "missed_debrief_days"]) else {
      return (AgendaRules(), bag.sorted)
    }
    var stages: [LeadStage: AgendaRules.Thresholds] = [:]
    for entry in map["stages"]?.entries() ?? [] {
      guard let stage = self.stage(entry) else { continue }
      guard let values = entry.value.mapping(optional: ["quiet_days", "next_step_days"]) else {
        continue
      }
      let defaults = AgendaRules.defaultStages[stage]
      let quiet = values["quiet_days"].map { $0.int(in: 1...365) } ?? defaults?.quietDays
      let next =
        values["next_step_days"].map { $0.int(in: 1...365) } ?? defaults?.nextStepDays
      if let quiet {
        stages[stage] = AgendaRules.Thresholds(quietDays: quiet, nextStepDays: next)
      }
    }
    let missed = map["missed_debrief_days"].map { $0.int(in: 1...365) } ?? 14
    guard !bag.hasErrors, let missed else { return (AgendaRules(), bag.sorted) }
    return (AgendaRules(stages: stages, missedDebriefDays: missed), bag.sorted)
  }

  /// The open stage an entry under `stages` names, else reported.
  private static func stage(_ entry: YAMLMapping.Entry) -> LeadStage? {
    let names = AgendaRules.watchedStages.map(\.rawValue)
    if let stage = LeadStage(rawValue: entry.key), !stage.isClosed { return stage }
    if let closed = LeadStage(rawValue: entry.key) {
      entry.keyNode.error(
        .closedStage,
        "'\(closed.rawValue)' leads are never watched; thresholds go under "
          + names.joined(separator: ", "))
    } else {
      entry.keyNode.error(
        .unknownStage,
        "'\(entry.key)' is not a stage" + Suggestion.didYouMean(entry.key, in: names)
          + "; use one of: " + names.joined(separator: ", "))
    }
    return nil
  }
}
