import ArgumentParser
import Foundation
import PromptKit

/// `advance check [PATH...]`: lint prompt scripts, personas and lexicons.
struct CheckCommand: AdvanceCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Lint prompt scripts, lexicons, personas and drills; compiler-style diagnostics.",
    discussion: """
      With no PATH, checks every file in use: the bundled ones and your prompts folder's.
      A PATH may be a file or a folder. Exit status 1 on any error (and on warnings with --strict).
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("Files or folders to check.", valueName: "path"))
  var paths: [String] = []

  @Flag(help: "Treat warnings as errors.")
  var strict = false

  func run(in context: CommandContext) throws {
    let files = try paths.isEmpty ? filesInUse(context) : filesAt(paths)
    var errors = 0
    var warnings = 0
    let sources = Dictionary(files.map { ($0.path, $0.text) }) { first, _ in first }
    for kind in PromptFileKind.allCases {
      let ofKind = files.filter { PromptFileKind.of($0.name) == kind }
      guard !ofKind.isEmpty else { continue }
      let diagnostics = kind.diagnose(ofKind.map { ($0.path, $0.text) })
      errors += diagnostics.count { $0.severity == .error }
      warnings += diagnostics.count { $0.severity == .warning }
      if !diagnostics.isEmpty {
        context.console.errorText(DiagnosticRenderer(sources: sources).render(diagnostics))
      }
    }
    let checked = files.count { PromptFileKind.of($0.name) != nil }
    let summary =
      "checked \(checked) file\(checked == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), "
      + "\(warnings) warning\(warnings == 1 ? "" : "s")"
    if errors > 0 || (strict && warnings > 0) {
      throw CommandFailure(summary)
    }
    context.console.line(summary)
  }

  private struct File {
    let name: String
    let path: String
    let text: String
  }

  /// The bundled files and the user's, each name once, the user's winning.
  private func filesInUse(_ context: CommandContext) throws -> [File] {
    let library = context.promptLibrary
    var names = Set(library.bundledNames)
    if let folder = library.userDirectory {
      names.formUnion(try yamlFiles(under: folder).map { String($0.dropFirst(folder.count + 1)) })
    }
    return try names.sorted().compactMap { name in
      do {
        return try library.file(name).map { File(name: name, path: $0.displayPath, text: $0.text) }
      } catch {
        throw CommandFailure("cannot read \(error)")
      }
    }
  }

  private func filesAt(_ paths: [String]) throws -> [File] {
    var files: [File] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw CommandFailure("\(path): no such file or folder")
      }
      let names = isFolder.boolValue ? try yamlFiles(under: path) : [path]
      for name in names {
        do {
          guard let text = try PrivateFile.read(name, limit: PromptLibrary.maximumFileSize) else {
            continue
          }
          files.append(File(name: name, path: name, text: text))
        } catch {
          files.append(File(name: name, path: name, text: ""))
          throw CommandFailure("cannot read \(error)")
        }
      }
    }
    return files
  }

  private func yamlFiles(under folder: String) throws -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    return walker.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
      .map { folder + "/" + $0 }
      .sorted()
  }
}
