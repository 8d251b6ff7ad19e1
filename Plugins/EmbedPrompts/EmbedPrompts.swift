import Foundation
import PackagePlugin

/// Builds the files under `prompts/` into the binary, so `advance` runs from any folder.
///
/// In the `BundledPrompts` target every file becomes an entry of `PromptBundle.files`, keyed by
/// its path below `prompts/`. In the `BundledScripts` target the prompt scripts (the YAML files
/// directly in `prompts/`) are read and checked now and become `PromptBundle.script(_:)`, so a
/// broken one fails the build. Two targets, so the modules that only read files (Scoring, …)
/// do not depend on the wizard engine.
@main
struct EmbedPrompts: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let prompts = context.package.directoryURL.appending(path: "prompts")
    let scriptsOnly = target.name == "BundledScripts"
    let output = context.pluginWorkDirectoryURL.appending(
      path: scriptsOnly ? "PromptBundle+Scripts.swift" : "PromptBundle+Files.swift")
    var inputs: [URL] = []
    if let walker = FileManager.default.enumerator(
      at: prompts, includingPropertiesForKeys: [.isRegularFileKey])
    {
      for case let url as URL in walker
      where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        inputs.append(url)
      }
    }
    if scriptsOnly {
      // The scripts are the YAML files directly in prompts/, as PromptEmbedder reads them.
      let root = prompts.path + "/"
      inputs = inputs.filter {
        $0.pathExtension == "yaml" && $0.path.hasPrefix(root)
          && !$0.path.dropFirst(root.count).contains("/")
      }
    }
    inputs.sort { $0.path < $1.path }
    return [
      .buildCommand(
        displayName: scriptsOnly
          ? "Compiling \(inputs.count) prompt scripts" : "Embedding \(inputs.count) prompt files",
        executable: try context.tool(named: "PromptEmbedder").url,
        arguments: [scriptsOnly ? "scripts" : "files", prompts.path, output.path]
          + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
