import Foundation
import TerminalTestSupport
import Testing
import Workflow

@testable import AdvanceCLI

/// `advance prompts export`: the files built into the binary, written out as shipped.
struct PromptsExportTests {
  @Test func theBinaryCarriesThePromptsAndExportsThem() throws {
    let library = PromptLibrary(userDirectory: nil)
    #expect(library.bundledNames.contains("README.md"))
    let folder = try TemporaryDirectory()
    let output = BufferSink()
    let context = CommandContext(
      console: Console(style: TerminalStyle(isEnabled: false), output: output, errors: output),
      environment: [:], options: CommandSettings())
    let export = try PromptsExportCommand.parse([folder.path + "/out"])
    try export.run(in: context)
    for name in library.bundledNames {
      let written = try String(contentsOfFile: folder.path + "/out/" + name, encoding: .utf8)
      #expect(written == library.bundledText(name))
    }
    #expect(output.text.hasPrefix("wrote \(library.bundledNames.count) prompt files"))
  }
}
