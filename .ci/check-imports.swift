// Every module a target imports from this package is one it declares in Package.swift.
//
//   swift package describe --type json | swift .ci/check-imports.swift
//
// SwiftPM builds every module into one folder, so an undeclared `import PromptKit` in Scoring
// compiles whenever PromptKit happens to be built first: the layering (Scoring, Practice and Calls
// below the wizard engine) would erode without a word. This reads the package's targets and their
// dependencies, then each Swift file's imports, and names every import of a package module that
// the target does not declare. Imports of other packages' modules are not checked here (the one
// undeclared one, YAMLSource's `CYaml`, is explained in YAMLPreflight.swift).

import Foundation

struct Target: Decodable {
  let name: String
  let path: String
  let type: String
  let dependencies: [String]?

  enum CodingKeys: String, CodingKey {
    case name, path, type
    case dependencies = "target_dependencies"
  }
}

struct Description: Decodable {
  let targets: [Target]
}

let input = FileHandle.standardInput.readDataToEndOfFile()
guard let package = try? JSONDecoder().decode(Description.self, from: input) else {
  FileHandle.standardError.write(
    Data("error: expected the output of `swift package describe --type json`\n".utf8))
  exit(2)
}
let modules = Set(package.targets.map(\.name))

/// The module a line imports (`import X`, `@testable import X`), or nil.
func importedModule(_ line: Substring) -> String? {
  var rest = line
  if rest.hasPrefix("@testable ") { rest = rest.dropFirst("@testable ".count) }
  guard rest.hasPrefix("import ") else { return nil }
  let name = rest.dropFirst("import ".count).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
  return name.isEmpty ? nil : String(name)
}

var problems: [String] = []
for target in package.targets.sorted(by: { $0.path < $1.path }) {
  let declared = Set(target.dependencies ?? [])
  guard let files = FileManager.default.enumerator(atPath: target.path) else { continue }
  for case let file as String in files where file.hasSuffix(".swift") {
    let path = target.path + "/" + file
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      guard let module = importedModule(line) else { continue }
      if modules.contains(module), module != target.name, !declared.contains(module) {
        problems.append(
          "\(path):\(index + 1):1: error: \(target.name) imports \(module) but does not declare it"
        )
      }
    }
  }
}
for problem in problems.sorted() { print(problem) }
exit(problems.isEmpty ? 0 : 1)
