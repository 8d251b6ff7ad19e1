import BundledPrompts
import BundledScripts
import Foundation
import PromptKit
import TerminalTestSupport
import Testing
import Workflow

@testable import AdvanceCLI

/// The bundled prompt scripts are read and checked at build time (PromptEmbedder) and built into
/// the binary as values; these tests hold the built-in form to what the loader reads from the text.
@Suite struct BuiltInScriptTests {
  @Test(arguments: PromptBundle.names(in: "")) func aBuiltInScriptIsWhatItsTextSays(name: String)
    throws
  {
    guard name.hasSuffix(".yaml") else { return }
    let text = try #require(PromptBundle.files[name])
    let loaded = ScriptLoader(knownChecks: PromptFileKind.checkNames).load(
      data: Data(text.utf8), path: "prompts/" + name)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.renderedDiagnostics)")
    let script = try #require(loaded.script)
    #expect(PromptBundle.script(name) == script)
  }

  @Test func onlyTheScriptsAreBuiltIn() {
    #expect(PromptBundle.script("prep.yaml")?.name == "prep")
    #expect(PromptBundle.script("debrief.yaml")?.name == "debrief")
    #expect(PromptBundle.script("lexicon/notes.yaml") == nil)
    #expect(PromptBundle.script("personas/skeptic.yaml") == nil)
  }

  /// What the build does with a broken script: the embedder prints its diagnostics with their
  /// places and fails, so the build stops there.
  @Test func aBrokenBundledScriptFailsTheBuildWithItsDiagnostic() throws {
    let embedder = try AdvanceBinary.require().replacingOccurrences(
      of: "/advance", with: "/PromptEmbedder", options: .backwards)
    let folder = try TemporaryDirectory()
    let script = folder.path + "/broken.yaml"
    try Data(
      "title: Broken\nsteps:\n  - id: one\n    title: One\n    questions:\n      - ask: What?\n"
        .utf8
    ).write(to: URL(fileURLWithPath: script))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: embedder)
    process.arguments = ["scripts", folder.path, folder.path + "/scripts.swift", script]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(message.contains("prompts/broken.yaml:6:9: error:"), "\(message)")
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/scripts.swift"))
  }
}
