import ArgumentParser
import TerminalTestSupport
import Testing

@testable import AdvanceCLI

/// `advance help COMMAND` as ArgumentParser prints it: it wraps each line of a discussion to
/// the terminal and keeps the line breaks, so a break inside a sentence shows as a ragged line.
struct HelpTextTests {
  static let commands: [any ParsableCommand.Type] =
    [Advance.self] + Advance.commands.map { command -> any ParsableCommand.Type in command }

  /// A break in a discussion ends a sentence or a heading, or stands beside a blank or an
  /// indented line (a list); inside a sentence, the source line ends with `\`.
  @Test(arguments: commands.map { $0.configuration.commandName ?? "" })
  func discussionsBreakOnlyBetweenSentencesOrItems(name: String) throws {
    let command = try #require(Self.commands.first { $0.configuration.commandName == name })
    let lines = command.configuration.discussion.split(
      separator: "\n", omittingEmptySubsequences: false)
    for (line, next) in zip(lines, lines.dropFirst()) {
      let indented = line.hasPrefix(" ") || next.hasPrefix(" ")
      let ends = line.hasSuffix(".") || line.hasSuffix(":") || line.isEmpty || next.isEmpty
      #expect(indented || ends, "\(name): a break inside a sentence after \"\(line)\"")
    }
  }

  /// `advance COMMAND --help` is parsed with the command as the root (`quickParse`); it prints
  /// the same help as `advance help COMMAND`, the tool's name in the usage included.
  @Test(arguments: ["leads", "show", "prep", "prompts"])
  func helpAfterTheCommandIsTheHelpOfTheWholeTool(name: String) throws {
    let environment = ["HOME": "/nonexistent", "NO_COLOR": "1"]
    let after = try ShellRun.advance([name, "--help"], environment: environment)
    let before = try ShellRun.advance(["help", name], environment: environment)
    #expect(after.status == 0 && before.status == 0)
    #expect(after.output.contains("USAGE: advance \(name)"), "\(after.output)")
    #expect(after.output == before.output)
  }
}
