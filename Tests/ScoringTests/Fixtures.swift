import Diagnostics
import Foundation

@testable import Scoring

/// The package root, found from this file's place.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled lexicon, loaded once for all tests.
let bundledLexicon: Lexicon = {
  let (sources, _) = LexiconLoader.sources(
    in: packageRoot.appendingPathComponent("prompts/lexicon"))
  return LexiconLoader.load(sources).lexicon
}()

/// The bundled lexicon's diagnostics (there should be none).
let bundledDiagnostics: [Diagnostic] = {
  let (sources, problems) = LexiconLoader.sources(
    in: packageRoot.appendingPathComponent("prompts/lexicon"))
  return problems + LexiconLoader.load(sources).diagnostics
}()

let interpreter = Interpreter(lexicon: bundledLexicon)
