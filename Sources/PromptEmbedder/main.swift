// Writes a Swift file holding the given prompt files as string literals.
//
//   PromptEmbedder PROMPTS_DIR OUTPUT.swift FILE...

import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  FileHandle.standardError.write(Data("usage: PromptEmbedder PROMPTS_DIR OUTPUT FILE...\n".utf8))
  exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path + "/"
var swift = """
  // Generated at build time by PromptEmbedder from prompts/. Do not edit.

  extension BundledPrompts {
    /// The bundled prompt files, by their path below `prompts/`.
    public static let files: [String: String] = [

  """
for path in arguments.dropFirst(3) {
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
}
swift += "  ]\n}\n"
do {
  try swift.write(toFile: arguments[2], atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(Data("\(arguments[2]): error: \(error)\n".utf8))
  exit(1)
}
