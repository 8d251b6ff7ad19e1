import ArgumentParser
import Foundation
import Workflow

/// `advance prompts …`: work with the prompt files themselves.
struct PromptsCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "prompts",
    abstract: "Work with the prompt files: 'prompts export DIR' writes the bundled ones out.",
    subcommands: [PromptsExportCommand.self]
  )

  @OptionGroup var global: GlobalOptions

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    precedingWords.isEmpty ? ["export"] : []
  }

  func run(in context: CommandContext) throws {
    context.console.line(Advance.helpMessage(for: Self.self, columns: nil))
  }
}

/// `advance prompts export DIR`: writes the bundled prompt files out for editing.
struct PromptsExportCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "export",
    abstract: "Write the bundled prompt files into DIR, to edit and use with --prompts DIR.",
    discussion: "Folders are made 0700 and files 0600, whatever the umask, like all advance writes."
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
  var directory: String

  @Flag(help: "Overwrite files that already exist.")
  var force = false

  func run(in context: CommandContext) throws {
    let library = PromptLibrary(userDirectory: nil)
    var written = 0
    var kept: [String] = []
    for name in library.bundledNames {
      guard let text = library.bundledText(name) else { continue }
      let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: url.path) && !force {
        kept.append(url.path)
        continue
      }
      do {
        try PrivateFile.makeDirectory(url.deletingLastPathComponent().path)
        try PrivateFile.writeAtomically(text, to: url.path)
      } catch {
        throw CommandFailure("cannot write \(error)")
      }
      written += 1
    }
    context.console.line("wrote \(written) prompt files to \(directory)")
    if !kept.isEmpty {
      context.console.warning(
        "kept \(kept.count) existing files (--force overwrites): " + kept.joined(separator: ", "))
    }
    context.console.line(
      "use them with: advance --prompts \(directory)   (or ADVANCE_PROMPTS=\(directory))")
  }
}
