import Diagnostics
import Foundation
import Testing
import Vocabulary

@testable import Practice

struct LoaderTests {
  @Test func theBundledPersonasLoadCleanAndCoverTheRequiredKinds() throws {
    let personas = try Repository.personas()
    #expect(personas.count >= 6)
    let kinds = Set(personas.map(\.kind))
    for kind in ["earlyvangelist", "staller", "executive", "gatekeeper", "clear-no", "skeptic"] {
      #expect(kinds.contains(kind), "no persona of kind \(kind)")
    }
    for persona in personas {
      #expect(Set(persona.replies.keys) == Set(AskQuality.allCases), "\(persona.id)")
      #expect(!persona.learning.isEmpty)
      #expect(!persona.caresAbout.isEmpty)
    }
  }

  /// A persona file written before the stages were the prep's keys still loads, its stage read
  /// as the prep's.
  @Test(arguments: [("early", Stage.first), ("validating", .followUp), ("selling", .closing)])
  func anEarlierStageWordStillLoads(word: String, stage: Stage) throws {
    let url = Repository.prompts.appendingPathComponent("personas/skeptic.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
      .replacingOccurrences(of: "stage: follow-up", with: "stage: \(word)")
    let (persona, diagnostics) = PersonaLoader.load(text, path: "old.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(persona?.stage == stage)
  }

  @Test func theBundledDeckHasSixtyCardsAcrossVerdictsAndCurrencies() throws {
    let deck = try Repository.deck()
    #expect(deck.cards.count >= 60)
    var verdicts: [Verdict: Int] = [:]
    var currencies: [Currency: Int] = [:]
    for card in deck.cards {
      verdicts[card.label.verdict, default: 0] += 1
      for currency in card.label.currencies {
        currencies[currency, default: 0] += 1
      }
      #expect(!card.reason.isEmpty)
    }
    for verdict in Verdict.allCases {
      #expect(verdicts[verdict, default: 0] >= 12, "too few \(verdict) cards")
    }
    for currency in Currency.allCases {
      #expect(currencies[currency, default: 0] >= 5, "too few \(currency) cards")
    }
    #expect(Set(deck.cards.map(\.id)).count == deck.cards.count)
  }

  static let invalidNames: [String] = {
    let folder = Repository.fixtures.appendingPathComponent("invalid")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted()
  }()

  /// Each invalid fixture's problems, rendered with line and caret, equal its `.expected` file.
  @Test(arguments: invalidNames)
  func invalidFilesGetEveryProblemWithItsPlace(name: String) throws {
    let folder = Repository.fixtures.appendingPathComponent("invalid")
    let text = try Repository.text(folder.appendingPathComponent(name))
    let path = "Fixtures/invalid/" + name
    let problems: [Diagnostic]
    if name.hasPrefix("persona-") {
      let (persona, found) = PersonaLoader.load(text, path: path)
      #expect(persona == nil)
      problems = found
    } else {
      let (deck, found) = DrillDeckLoader.load([.init(path: path, text: text)])
      #expect(deck == nil)
      problems = found
    }
    let rendered = DiagnosticRenderer(sources: [path: text]).render(problems)
    let expectedURL = folder.appendingPathComponent(
      String(name.dropLast(5)) + ".expected")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try Data(rendered.utf8).write(to: expectedURL)
    }
    #expect(rendered == (try Repository.text(expectedURL)))
  }

  @Test func aPersonaIsNamedByItsFile() {
    #expect(PersonaLoader.identifier(fromPath: "prompts/personas/clear-no.yaml") == "clear-no")
  }

  @Test(arguments: [
    "", "[", "- a\n- b", "name: &a x\nrole: *a", String(repeating: "[", count: 5000),
  ])
  func hostileInputIsAProblemNotACrash(text: String) {
    let (persona, problems) = PersonaLoader.load(text, path: "x.yaml")
    #expect(persona == nil)
    #expect(!problems.isEmpty)
  }
}
