import ArgumentParser
import Diagnostics
import Foundation
import PromptKit
import Workflow
import YAMLSource

/// `advance check [PATH...]`: lint prompt scripts, personas and lexicons.
struct CheckCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "check",
    abstract:
      "Lint prompt scripts, lexicons, personas, drills and config.yaml; compiler-style "
      + "diagnostics.",
    discussion: """
      With no PATH, checks every file in use: the bundled ones, your prompts folder's, and \
      $XDG_CONFIG_HOME/advance/config.yaml. \
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
    // A file that could not be read as text is reported once, and never given to a loader.
    let unreadable = files.compactMap(\.problem)
    errors += unreadable.count
    if !unreadable.isEmpty {
      context.console.errorText(DiagnosticRenderer().render(unreadable))
    }
    for kind in PromptFileKind.allCases {
      let ofKind = files.filter { PromptFileKind.of($0.name) == kind && $0.problem == nil }
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
    /// Why the file could not be read as text; it is then not loaded.
    var problem: Diagnostic?

    init(name: String, path: String, text: String) {
      self.name = name
      self.path = path
      self.text = text
    }

    /// A file that cannot be read, reported at its place (the top when it has none).
    init(name: String, failure: PrivateFile.Failure) {
      self.init(name: name, path: failure.path, text: "")
      let place = failure.location ?? SourceLocation(file: failure.path, line: 1, column: 1)
      problem = .error(.unreadableFile, failure.reason, at: place)
    }
  }

  /// The bundled files and the user's, each name once, the user's winning.
  private func filesInUse(_ context: CommandContext) throws -> [File] {
    let library = context.promptLibrary
    var names = Set(library.bundledNames)
    if let folder = library.userDirectory {
      names.formUnion(try yamlFiles(under: folder).map { String($0.dropFirst(folder.count + 1)) })
    }
    var files = names.sorted().compactMap { name -> File? in
      do throws(PrivateFile.Failure) {
        return try library.file(name).map { File(name: name, path: $0.displayPath, text: $0.text) }
      } catch {
        return File(name: name, failure: error)
      }
    }
    // The settings file, when there is one.
    if let path = AgendaConfig.path(environment: context.environment) {
      do throws(PrivateFile.Failure) {
        if let text = try PrivateFile.readText(path, limit: PromptLibrary.maximumFileSize) {
          files.append(File(name: path, path: path, text: text))
        }
      } catch {
        files.append(File(name: path, failure: error))
      }
    }
    return files
  }

  private func filesAt(_ paths: [String]) throws -> [File] {
    var files: [File] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw CommandFailure("\(path): no such file or folder")
      }
      // A folder named like a YAML file stands where a file should be: checked as one, and refused.
      let names = isFolder.boolValue && !Self.isYAML(path) ? try yamlFiles(under: path) : [path]
      for name in names {
        do throws(PrivateFile.Failure) {
          guard let text = try PrivateFile.readText(name, limit: PromptLibrary.maximumFileSize)
          else { continue }
          files.append(File(name: name, path: name, text: text))
        } catch {
          files.append(File(name: name, failure: error))
        }
      }
    }
    return files
  }

  private static func isYAML(_ name: String) -> Bool {
    name.hasSuffix(".yaml") || name.hasSuffix(".yml")
  }

  private func yamlFiles(under folder: String) throws -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    return walker.compactMap { $0 as? String }
      .filter(Self.isYAML)
      .map { folder + "/" + $0 }
      .sorted()
  }
}
