import Foundation
import TerminalTestSupport
import Testing

@testable import PromptKit

@Test func loaderRefusesDirectoriesAndHugeFiles() throws {
  let directory = try TemporaryDirectory()
  let big = try directory.write("big.yaml", Data(repeating: UInt8(ascii: "#"), count: 2 << 20))
  let loader = ScriptLoader()
  #expect(loader.load(path: big).diagnostics.map(\.code.rawValue) == ["file-too-large"])
  let folder = loader.load(path: directory.path)
  #expect(folder.diagnostics.map(\.code.rawValue) == ["not-a-file"])
  #expect(folder.script == nil)
}

/// A small deterministic generator, so failures reproduce.
private struct LCG {
  var state: UInt64
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}

@Test(arguments: ["prep.yaml", "debrief.yaml"])
func mangledScriptsGiveDiagnosticsNotCrashes(name: String) throws {
  let original = try [UInt8](Data(contentsOf: Fixtures.prompts.appendingPathComponent(name)))
  let loader = ScriptLoader(knownChecks: ["ask", "questions", "reply"])
  var random = LCG(state: 42)
  let hostile: [UInt8] = Array("\0\t\n:-[]{}&*!|>'\"%@`#?,".utf8) + [0xFF, 0xC3]
  var mangled = 0
  for round in 0..<300 {
    var bytes = original
    if round % 3 == 0 {
      bytes = Array(bytes.prefix(random.next(bytes.count)))
    } else {
      for _ in 0...random.next(4) {
        bytes[random.next(bytes.count)] = hostile[random.next(hostile.count)]
      }
    }
    let result = loader.load(data: Data(bytes), path: name)
    // Whatever happens, errors come with a place and a script only without errors.
    #expect(result.diagnostics.allSatisfy { $0.location != nil })
    #expect((result.script == nil) == result.hasErrors)
    if result.hasErrors { mangled += 1 }
    _ = result.renderedDiagnostics
  }
  #expect(mangled > 100)
}
