// Writes one Swift file from the files of prompts/: with `files`, all of them as string
// literals (the BundledPrompts target); with `scripts`, the prompt scripts among them (the YAML
// files directly in PROMPTS_DIR) already read and checked, so the binary parses no YAML to start
// a bundled wizard (the BundledScripts target). A script with errors fails the build with its
// diagnostics.
//
//   PromptEmbedder files|scripts PROMPTS_DIR OUTPUT.swift FILE...

import Foundation
import PromptKit

let arguments = CommandLine.arguments
guard arguments.count >= 4, ["files", "scripts"].contains(arguments[1]) else {
  FileHandle.standardError.write(
    Data("usage: PromptEmbedder files|scripts PROMPTS_DIR OUTPUT.swift FILE...\n".utf8))
  exit(2)
}
let compilesScripts = arguments[1] == "scripts"
let root = URL(fileURLWithPath: arguments[2]).standardizedFileURL.path + "/"
var swift = """
  // Generated at build time by PromptEmbedder from prompts/. Do not edit.

  extension PromptBundle {
    /// The bundled prompt files, by their path below `prompts/`.
    public static let files: [String: String] = [

  """
var scripts: [(name: String, script: Script)] = []
for path in arguments.dropFirst(4) {
  let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
  let name = standardized.hasPrefix(root) ? String(standardized.dropFirst(root.count)) : path
  guard let data = FileManager.default.contents(atPath: path),
    let text = String(data: data, encoding: .utf8)
  else {
    FileHandle.standardError.write(Data("prompts/\(name): error: not readable as UTF-8\n".utf8))
    exit(1)
  }
  // A raw string needs more #s than any run of them after a quote in the text.
  var hashes = "#"
  while text.contains("\"" + hashes) || text.contains(hashes + "\"") {
    hashes += "#"
  }
  swift += "    \(hashes)\"\(name)\"\(hashes): \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
  if compilesScripts, name.hasSuffix(".yaml"), !name.contains("/") {
    let result = ScriptLoader().load(data: data, path: "prompts/" + name)
    FileHandle.standardError.write(Data(result.renderedDiagnostics.utf8))
    guard let script = result.script, !result.hasErrors else { exit(1) }
    scripts.append((name, script))
  }
}
swift += "  ]\n}\n"
var compiled = """
  // Generated at build time by PromptEmbedder from prompts/. Do not edit.

  import BundledPrompts
  import Diagnostics
  import PromptKit

  extension PromptBundle {
    /// The bundled prompt script named `name` (`prep.yaml`, …), read and checked when `advance`
    /// was built; nil for any other name.
    public static func script(_ name: String) -> Script? {
      switch name {

  """
for (index, entry) in scripts.enumerated() {
  compiled += "    case \(SwiftLiteral.string(entry.name)): return script\(index)()\n"
}
compiled += "    default: return nil\n    }\n  }\n\n"
for (index, entry) in scripts.enumerated() {
  compiled += SwiftLiteral.script(entry.script, function: "script\(index)")
}
compiled += "}\n"
let output = arguments[3]
do {
  try (compilesScripts ? compiled : swift).write(toFile: output, atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(Data("\(output): error: \(error)\n".utf8))
  exit(1)
}
