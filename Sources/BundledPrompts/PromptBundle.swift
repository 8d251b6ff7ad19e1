/// The prompt scripts, personas and lexicons of `prompts/`, built into the binary.
///
/// The `files` table is generated at build time by the `EmbedPrompts` plugin, so `prompts/` stays
/// the one source of truth and `advance` needs no files beside it.
public enum PromptBundle {
  /// The names of the bundled files directly below `folder`, sorted.
  ///
  /// - Parameter folder: A folder below `prompts/`, such as `"lexicon"`; empty for the top.
  /// - Returns: Paths below `prompts/`, such as `"lexicon/hedges.yaml"`.
  public static func names(in folder: String) -> [String] {
    let prefix = folder.isEmpty ? "" : folder + "/"
    return files.keys.filter {
      $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/")
    }.sorted()
  }
}
