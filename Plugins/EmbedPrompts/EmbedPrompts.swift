import Foundation
import PackagePlugin

/// Builds the files under `prompts/` into the binary, so `advance` runs from any folder.
///
/// Every file becomes an entry of `BundledPrompts.files`, keyed by its path below `prompts/`;
/// the prompt scripts (the YAML files directly in `prompts/`) are read and checked now and become
/// `BundledPrompts.script(_:)`, so a broken one fails the build.
@main
struct EmbedPrompts: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let prompts = context.package.directoryURL.appending(path: "prompts")
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledPrompts+Files.swift")
    let scripts = context.pluginWorkDirectoryURL.appending(path: "BundledPrompts+Scripts.swift")
    var inputs: [URL] = []
    if let walker = FileManager.default.enumerator(
      at: prompts, includingPropertiesForKeys: [.isRegularFileKey])
    {
      for case let url as URL in walker
      where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        inputs.append(url)
      }
    }
    inputs.sort { $0.path < $1.path }
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) prompt files",
        executable: try context.tool(named: "PromptEmbedder").url,
        arguments: [prompts.path, output.path, scripts.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output, scripts])
    ]
  }
}
