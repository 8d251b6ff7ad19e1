import Testing

@testable import Scoring

@Suite struct LexiconLoaderTests {
  static let broken = """
    description: a lexicon with one mistake of each kind
    groups:
      meeting:
        role: comit
        phrases: [let's meet]
      deposit:
        role: commit
        currencies: [money, fame]
        weigth: 40
        phrases:
          - put down a deposit
          - put down the deposit
          - a the
          - pay on <weekday>
      hedges:
        role: stall
        weight: many
        scope: forever
        phrases: keep me posted
      fillers:
        role: filler
        phrases: [a, the]
    """

  @Test func brokenLexiconReportsEveryProblemWithItsPlace() {
    let source = LexiconSource(name: "reply.yaml", path: "user/reply.yaml", text: Self.broken)
    let (lexicon, diagnostics) = LexiconLoader.load([source])
    #expect(
      diagnostics.map(\.headline) == [
        "user/reply.yaml:4:11: error: unknown role 'comit' (did you mean 'commit'?)",
        "user/reply.yaml:8:25: error: 'currencies' cannot hold 'fame'; expected one of time, reputation, money",
        "user/reply.yaml:9:5: error: unknown key 'weigth' (did you mean 'weight'?)",
        "user/reply.yaml:12:9: warning: phrase 'put down the deposit' repeats an earlier phrase of 'deposit'",
        "user/reply.yaml:13:9: warning: phrase 'a the' has only filler words and never matches",
        "user/reply.yaml:14:9: error: phrase 'pay on <weekday>' uses an unknown placeholder; known: <amount>, <date>, <name>, <number>, <time>",
        "user/reply.yaml:17:13: error: 'weight' must be a whole number, found a string",
        "user/reply.yaml:18:12: error: 'scope' must be 'clause', 'sentence' or a number of words from 1 to 20",
        "user/reply.yaml:19:14: error: 'phrases' must be a list, found a string",
      ])
    // What could be read still works.
    #expect(lexicon.groups.map(\.name) == ["deposit", "hedges", "fillers"])
  }

  @Test func diagnosticRendersWithTheLineAndACaret() throws {
    let source = LexiconSource(name: "reply.yaml", path: "user/reply.yaml", text: Self.broken)
    let first = try #require(LexiconLoader.load([source]).diagnostics.first)
    #expect(
      first.rendered(source: Self.broken) == """
        user/reply.yaml:4:11: error: unknown role 'comit' (did you mean 'commit'?)
            role: comit
                  ^
        """)
  }

  @Test func userFileReplacesTheBundledFileOfTheSameName() {
    let bundled = [
      LexiconSource(
        name: "reply.yaml", path: "bundled/reply.yaml",
        text: "groups:\n  nice:\n    role: compliment\n    phrases: [lovely]\n"),
      LexiconSource(
        name: "anchors.yaml", path: "bundled/anchors.yaml",
        text: "groups:\n  days:\n    role: date\n    phrases: [monday]\n"),
    ]
    let user = [
      LexiconSource(
        name: "reply.yaml", path: "user/reply.yaml",
        text: "groups:\n  no:\n    role: rejection\n    phrases: [nope]\n")
    ]
    let (lexicon, diagnostics) = LexiconLoader.load(bundled: bundled, overrides: user)
    #expect(diagnostics.isEmpty)
    #expect(lexicon.groups.map(\.name) == ["no", "days"])
    #expect(lexicon.groups.map(\.file) == ["user/reply.yaml", "bundled/anchors.yaml"])
  }

  @Test func syntaxErrorIsOneDiagnosticWithAPlace() {
    let source = LexiconSource(name: "x.yaml", path: "x.yaml", text: "groups:\n  a: [b\n")
    let diagnostics = LexiconLoader.load([source]).diagnostics
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.code.rawValue == "yaml-syntax")
    #expect(diagnostics.first?.location?.file == "x.yaml")
  }

  @Test func bundledLexiconLoadsCleanly() {
    #expect(bundledDiagnostics.map(\.headline) == [])
    #expect(bundledLexicon.groups.count > 30)
  }
}
