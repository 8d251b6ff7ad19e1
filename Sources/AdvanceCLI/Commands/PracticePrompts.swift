import Diagnostics
import Foundation
import Practice
import PromptKit
import Scoring
import Workflow

/// The files practice and drill run on (personas, drill cards, and the lexicons that grade asks
/// and read replies), read through the prompt library so a user's file overrides the bundled one.
struct PracticePrompts {
  let library: PromptLibrary
  let console: Console

  init(context: CommandContext) {
    library = context.promptLibrary
    console = context.console
  }

  /// The names of the persona files, without folder or `.yaml`: what `practice` takes.
  var personaNames: [String] {
    library.names(in: "personas").map { PersonaLoader.identifier(fromPath: $0) }
  }

  /// The persona named `id`.
  ///
  /// - Throws: `CommandFailure` when there is no such persona or its file has errors (printed
  ///   compiler style first).
  func persona(_ id: String) throws -> Persona {
    let file = try read("personas/\(id).yaml")
    let (persona, diagnostics) = PersonaLoader.load(file.text, path: file.displayPath)
    try report(diagnostics, in: file)
    guard let persona else { throw CommandFailure("\(file.displayPath): cannot be used") }
    return persona
  }

  /// The drill deck made of every file in `drills/`.
  ///
  /// - Throws: `CommandFailure` when a file cannot be read or has errors (printed first).
  func deck() throws -> DrillDeck {
    let files = try library.names(in: "drills").map { try read($0) }
    let (deck, diagnostics) = DrillDeckLoader.load(
      files.map { DrillDeckLoader.Source(path: $0.displayPath, text: $0.text) })
    try report(diagnostics, in: files)
    guard let deck else { throw CommandFailure("the drill cards cannot be used") }
    return deck
  }

  /// The scoring module's ask grader, reply interpreter and question checker, on the lexicons in
  /// use.
  ///
  /// - Throws: `CommandFailure` when a lexicon has errors (printed first).
  func scorers() throws -> (any AskGrading, any ReplyInterpreting, any QuestionChecking) {
    let files = try library.names(in: "lexicon").map { try read($0) }
    let (lexicon, diagnostics) = LexiconLoader.load(
      files.map { LexiconSource(name: $0.name, path: $0.displayPath, text: $0.text) })
    try report(diagnostics, in: files)
    return (
      ScoringAskGrader(AskGrader(lexicon: lexicon)),
      ScoringInterpreter(Interpreter(lexicon: lexicon)),
      ScoringQuestionChecker(QuestionChecker(lexicon: lexicon))
    )
  }

  private func read(_ name: String) throws -> PromptLibrary.File {
    let file: PromptLibrary.File?
    do {
      file = try library.file(name)
    } catch {
      throw CommandFailure(error.description)
    }
    guard let file else { throw CommandFailure("no prompt file '\(name)'") }
    return file
  }

  private func report(_ diagnostics: [Diagnostic], in files: PromptLibrary.File...) throws {
    try report(diagnostics, in: files)
  }

  /// Prints the diagnostics and fails when there is an error; warnings alone are left to
  /// `advance check`, so they don't clutter every practice session.
  private func report(_ diagnostics: [Diagnostic], in files: [PromptLibrary.File]) throws {
    let errors = diagnostics.filter { $0.severity == .error }.count
    guard errors > 0 else { return }
    var sources: [String: String] = [:]
    for file in files {
      sources[file.displayPath] = file.text
    }
    console.errorText(DiagnosticRenderer(sources: sources).render(diagnostics))
    throw CommandFailure("\(errors) \(errors == 1 ? "error" : "errors") in the prompt files")
  }
}
