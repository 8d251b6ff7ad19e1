import Testing

@testable import AdvanceCLI

/// What a REPL session's commands share.
struct CommandContextTests {
  let none = CommandSettings()
  let context: CommandContext

  init() throws {
    context = CommandContext(
      console: Console(
        style: TerminalStyle(isEnabled: false), output: BufferSink(), errors: BufferSink()),
      environment: [:], options: none)
  }

  @Test func everyCommandOfASessionSharesOneLexicon() throws {
    let session = context.inREPL(reader: PipeLineReader { nil })
    let first = try session.overriding(with: none).deferredLexicon()
    let second = try session.overriding(with: none).deferredLexicon()
    #expect(first === second)
    #expect(try session.deferredLexicon() === first)
  }

  @Test func otherPromptFilesGetTheirOwnLexicon() throws {
    let explicit = try GlobalOptions.parse(["--prompts", "/nonexistent"]).settings
    let shared = try context.deferredLexicon()
    #expect(try context.overriding(with: explicit).deferredLexicon() !== shared)
  }
}
