/// The text of one lexicon file and the name it goes by.
public struct LexiconSource: Sendable, Hashable {
  /// The file name, such as `reply.yaml`; a user file with the same name replaces a bundled one.
  public var name: String
  /// The path diagnostics print.
  public var path: String
  /// The YAML text.
  public var text: String

  /// Creates a source.
  ///
  /// - Parameters:
  ///   - name: The file name that decides overrides.
  ///   - path: The path diagnostics print.
  ///   - text: The YAML text.
  public init(name: String, path: String, text: String) {
    self.name = name
    self.path = path
    self.text = text
  }
}
