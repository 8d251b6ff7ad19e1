import Diagnostics

/// The problems of a lexicon file (``LexiconLoader``), beyond those of any YAML file.
extension DiagnosticCode {
  /// A phrase of filler words only, which never matches.
  public static let emptyPhrase = DiagnosticCode("empty-phrase")
  /// A phrase that repeats an earlier one of its group.
  public static let duplicatePhrase = DiagnosticCode("duplicate-phrase")
  /// A phrase over the length limit, in characters or words.
  public static let phraseTooLong = DiagnosticCode("phrase-too-long")
  /// A file over the phrase limit.
  public static let tooManyPhrases = DiagnosticCode("too-many-phrases")
  /// A phrase with a placeholder that does not exist.
  public static let unknownPlaceholder = DiagnosticCode("unknown-placeholder")
  /// A role no reader knows.
  public static let unknownRole = DiagnosticCode("unknown-role")
  /// A key holding a value that is not one of its choices.
  public static let unknownValue = DiagnosticCode("unknown-value")
  /// A key that has no effect in this group.
  public static let ignoredKey = DiagnosticCode("ignored-key")
}
