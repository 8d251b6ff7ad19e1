import Foundation
import Scoring
import Testing

@testable import Practice

/// The bundled lexicon's interpreter, as `advance interpret` uses it.
let bundledInterpreter: ScoringInterpreter? = {
  let (sources, _) = LexiconLoader.sources(
    in: Repository.prompts.appendingPathComponent("lexicon"))
  return ScoringInterpreter(Interpreter(lexicon: LexiconLoader.load(sources).lexicon))
}()

/// Every drill card's label equals the interpreter's verdict, unless the card says in `differs:`
/// why a careful human reading differs; the same for every persona reply's label.
struct InterpreterAgreementTests {
  static let cards: [DrillCard] = (try? Repository.deck().cards) ?? []

  @Test(arguments: cards)
  func eachCardAgreesWithTheInterpreterOrSaysWhyNot(card: DrillCard) throws {
    let interpreter = try #require(bundledInterpreter)
    guard card.differs == nil else { return }
    let reading = interpreter.interpret(card.reply).reading
    #expect(
      reading == card.label,
      "\"\(card.reply)\": labelled \(card.label.summary), interpreted \(reading.summary)")
  }

  /// Prints the agreement figures, and fails when the verdicts of the cards without a `differs:`
  /// note agree less than 85% of the time.
  @Test func theDeckAgreementFigure() throws {
    let interpreter = try #require(bundledInterpreter)
    let cards = Self.cards
    let verdicts = cards.filter {
      interpreter.interpret($0.reply).reading.verdict == $0.label.verdict
    }
    let exact = cards.filter { interpreter.interpret($0.reply).reading == $0.label }
    let plain = cards.filter { $0.differs == nil }
    let plainAgreeing = plain.filter {
      interpreter.interpret($0.reply).reading.verdict == $0.label.verdict
    }
    #expect(plainAgreeing.count * 100 >= plain.count * 85)
    print(
      "deck agreement: verdict \(verdicts.count)/\(cards.count), exact \(exact.count)/\(cards.count)"
        + ", with differs: \(cards.filter { $0.differs != nil }.count)")
    #expect(cards.count >= 60)
  }

  static let replies: [(String, Persona.Reply)] = {
    let personas = (try? Repository.personas()) ?? []
    return personas.flatMap { persona in
      AskQuality.allCases.map { ("\(persona.id).\($0.rawValue)", persona.reply(to: $0)) }
    }
  }()

  @Test(arguments: replies.map(\.0))
  func eachPersonaReplyReadsAsItsAuthorMeant(key: String) throws {
    let interpreter = try #require(bundledInterpreter)
    let reply = try #require(Self.replies.first { $0.0 == key }?.1)
    let reading = interpreter.interpret(reply.text).reading
    #expect(reading == reply.expected, "\(key): interpreted \(reading.summary)")
  }
}
