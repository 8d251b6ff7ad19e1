import BundledPrompts
import BundledScripts
import Foundation
import PromptKit

extension PromptLibrary {
  /// The wizard script `name` in use (`prep.yaml`, `debrief.yaml`): the bundled one as built
  /// in, or the founder's own file loaded and checked against `checks`.
  ///
  /// A bundled script was read and checked when advance was built (its test compares it with
  /// what the loader reads from its text); only the founder's own files are parsed now.
  ///
  /// - Returns: The file, its script when it has no errors, and what loading the founder's file
  ///   found (nil for a bundled script); nil when neither the prompts folder nor the bundle has
  ///   the file.
  /// - Throws: `PrivateFile.Failure` when the founder's file cannot be read.
  public func wizardScript(_ name: String, checks: CheckRegistry) throws(PrivateFile.Failure)
    -> (file: File, script: Script?, loaded: ScriptLoadResult?)?
  {
    guard let file = try file(name) else { return nil }
    if file.isBundled, let script = PromptBundle.script(file.name) {
      return (file, script, nil)
    }
    let loaded = ScriptLoader(knownChecks: checks.names).load(
      data: Data(file.text.utf8), path: file.displayPath)
    return (file, loaded.hasErrors ? nil : loaded.script, loaded)
  }
}
