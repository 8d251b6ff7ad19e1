import BundledPrompts
import Scoring

/// The lexicon files built into the binary, as sources for the loader.
enum BundledLexicon {
  static func sources() -> [LexiconSource] {
    PromptBundle.names(in: "lexicon").compactMap { name in
      PromptBundle.files[name].map {
        LexiconSource(name: String(name.dropFirst("lexicon/".count)), path: name, text: $0)
      }
    }
  }
}
