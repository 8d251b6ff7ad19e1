import Diagnostics
import Foundation
import Vocabulary
import YAMLSource

/// Reads lexicon files into a ``Lexicon``, reporting every problem with its place.
///
/// A lexicon file is a mapping with a `groups` mapping; each group has a `role`, `phrases` and
/// optional `weight`, `currencies`, `signal`, `needs`, `scope`, `reason`, `hint` and `sign`.
public enum LexiconLoader {
  /// The keys a group may have.
  static let requiredKeys = ["role", "phrases"]
  static let optionalKeys = [
    "weight", "currencies", "signal", "needs", "scope", "reason", "hint", "sign",
  ]
  static let anchorRoles: [LexiconRole] = [.date, .time, .person, .role, .amount, .document]
  /// The most characters a phrase may have (the bundled lexicons' longest has 29).
  public static let longestPhraseCharacters = 200
  /// The most phrases one file may hold (the bundled `reply.yaml` has 941).
  public static let mostPhrasesPerFile = 5_000

  /// Loads the bundled sources with the user's sources laid over them by file name.
  ///
  /// - Parameters:
  ///   - bundled: The files shipped with the tool.
  ///   - overrides: The user's files; one named like a bundled file replaces it.
  /// - Returns: The lexicon (built from what could be read) and every diagnostic.
  public static func load(bundled: [LexiconSource], overrides: [LexiconSource] = [])
    -> (lexicon: Lexicon, diagnostics: [Diagnostic])
  {
    var byName: [String: LexiconSource] = [:]
    var order: [String] = []
    for source in bundled + overrides {
      if byName[source.name] == nil { order.append(source.name) }
      byName[source.name] = source
    }
    return load(order.compactMap { byName[$0] })
  }

  /// Loads sources as given.
  ///
  /// - Parameter sources: The files, in order.
  /// - Returns: The lexicon (built from what could be read) and every diagnostic.
  public static func load(_ sources: [LexiconSource]) -> (
    lexicon: Lexicon, diagnostics: [Diagnostic]
  ) {
    let bag = DiagnosticBag()
    var groups: [LexiconGroup] = []
    var fillers: Set<String> = []
    for source in sources {
      groups += readGroups(source, into: bag)
    }
    for group in groups where group.role == .filler {
      for phrase in group.phrases { fillers.formUnion(Tokenizer.tokenize(phrase).map(\.text)) }
    }
    checkPhrases(groups, fillers: fillers, into: bag)
    return (Lexicon(groups: groups), bag.sorted)
  }

  /// Reads the `*.yaml` files of a folder, sorted by name.
  ///
  /// - Parameter directory: The folder.
  /// - Returns: The sources, and a diagnostic for each file that cannot be read.
  public static func sources(in directory: URL) -> (
    sources: [LexiconSource], diagnostics: [Diagnostic]
  ) {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted() ?? []
    var sources: [LexiconSource] = []
    var diagnostics: [Diagnostic] = []
    for name in names {
      let url = directory.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path),
        let text = String(data: data, encoding: .utf8)
      else {
        diagnostics.append(
          .error(
            .unreadableFile, "cannot be read as UTF-8 text",
            at: SourceLocation(file: url.path, line: 1, column: 1)))
        continue
      }
      sources.append(LexiconSource(name: name, path: url.path, text: text))
    }
    return (sources, diagnostics)
  }

  private static func readGroups(_ source: LexiconSource, into bag: DiagnosticBag) -> [LexiconGroup]
  {
    guard let document = YAMLDocument.parse(text: source.text, path: source.path, into: bag),
      let top = document.root.mapping(required: ["groups"], optional: ["description"]),
      let entries = top["groups"]?.entries()
    else { return [] }
    var groups: [LexiconGroup] = []
    var phraseCount = 0
    var full = false
    for entry in entries where !full {
      guard let map = entry.value.mapping(required: requiredKeys, optional: optionalKeys),
        let role = readRole(map)
      else { continue }
      let phraseNodes = map.sequence("phrases") ?? []
      var phrases: [String] = []
      var places: [SourceLocation] = []
      for node in phraseNodes {
        guard let phrase = node.string() else { continue }
        guard phraseCount < mostPhrasesPerFile else {
          node.error(
            .tooManyPhrases,
            "the file has more than \(mostPhrasesPerFile) phrases; the rest are not read")
          full = true
          break
        }
        phraseCount += 1
        guard phrase.count <= longestPhraseCharacters else {
          node.error(
            .phraseTooLong,
            "phrase of \(phrase.count) characters; the limit is \(longestPhraseCharacters)")
          continue
        }
        phrases.append(phrase)
        places.append(node.location)
      }
      var group = LexiconGroup(
        name: entry.key, file: source.path, role: role, phrases: phrases)
      group.phraseLocations = places
      group.weight = map.int("weight", in: 0...100) ?? defaultWeight(role)
      group.currencies = readEnums(map, "currencies", Currency.self) ?? []
      group.needs = readEnums(map, "needs", LexiconRole.self, allowed: anchorRoles) ?? []
      group.signal = map.string("signal")
      group.reason = map.string("reason")
      group.hint = map.string("hint")
      group.sign = map.string("sign")
      group.scope = readScope(map) ?? defaultScope(role)
      if !group.currencies.isEmpty, role != .commit, let node = map["currencies"] {
        node.warning(.ignoredKey, "'currencies' only counts in groups with role 'commit'")
      }
      groups.append(group)
    }
    return groups
  }

  private static func readRole(_ map: YAMLMapping) -> LexiconRole? {
    guard let node = map["role"], let text = node.string() else { return nil }
    guard let role = LexiconRole(rawValue: text) else {
      let names = LexiconRole.allCases.map(\.rawValue)
      node.error(
        .unknownRole, "unknown role '\(text)'" + Suggestion.didYouMean(text, in: names))
      return nil
    }
    return role
  }

  private static func readEnums<Value: RawRepresentable>(
    _ map: YAMLMapping, _ key: String, _ type: Value.Type, allowed: [Value]? = nil
  ) -> [Value]? where Value.RawValue == String, Value: CaseIterable, Value: Equatable {
    guard let items = map.sequence(key) else { return nil }
    let names = (allowed ?? Array(Value.allCases)).map(\.rawValue)
    return items.compactMap { item in
      guard let text = item.string() else { return nil }
      guard let value = Value(rawValue: text), allowed?.contains(value) ?? true else {
        item.error(
          .unknownValue,
          "'\(key)' cannot hold '\(text)'; expected one of \(names.joined(separator: ", "))"
            + Suggestion.didYouMean(text, in: names))
        return nil
      }
      return value
    }
  }

  private static func readScope(_ map: YAMLMapping) -> LexiconGroup.Scope? {
    guard let node = map["scope"], let text = node.scalarText else {
      if let node = map["scope"] { node.wrongType(expected: "'clause', 'sentence' or a number") }
      return nil
    }
    switch text {
    case "clause": return .clause
    case "sentence": return .sentence
    default:
      if let words = Int(text), (1...20).contains(words) { return .words(words) }
      node.error(
        .unknownValue, "'scope' must be 'clause', 'sentence' or a number of words from 1 to 20")
      return nil
    }
  }

  private static func defaultWeight(_ role: LexiconRole) -> Int {
    switch role {
    case .commit: 30
    case .rejection: 30
    default: 10
    }
  }

  private static func defaultScope(_ role: LexiconRole) -> LexiconGroup.Scope {
    role == .negator ? .words(4) : .clause
  }

  /// Reports phrases that cannot match: unknown placeholders, only filler words, duplicates.
  private static func checkPhrases(
    _ groups: [LexiconGroup], fillers: Set<String>, into bag: DiagnosticBag
  ) {
    for group in groups where group.role != .filler {
      var seen: Set<[PhrasePattern]> = []
      for (index, phrase) in group.phrases.enumerated() {
        let place = index < group.phraseLocations.count ? group.phraseLocations[index] : nil
        guard let steps = PhrasePattern.compile(phrase, fillers: fillers) else {
          let names = PhrasePattern.placeholders.keys.sorted().joined(separator: ", ")
          bag.error(
            .unknownPlaceholder,
            "phrase '\(phrase)' uses an unknown placeholder; known: \(names)", at: place)
          continue
        }
        if steps.count > PhraseTrie.longestPhrase {
          bag.error(
            .phraseTooLong,
            "phrase of \(steps.count) words; the limit is \(PhraseTrie.longestPhrase)"
              + " (filler words aside)", at: place)
        } else if steps.isEmpty {
          bag.warning(
            .emptyPhrase, "phrase '\(phrase)' has only filler words and never matches", at: place)
        } else if !seen.insert(steps).inserted {
          bag.warning(
            .duplicatePhrase, "phrase '\(phrase)' repeats an earlier phrase of '\(group.name)'",
            at: place)
        }
      }
    }
  }
}
