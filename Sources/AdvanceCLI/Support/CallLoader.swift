import Calls
import Diagnostics
import Foundation
import Journal
import PromptKit
import Workflow

/// Reads a call's transcript for `transcript` and `debrief --transcript`: the file, its
/// diagnostics (never its lines: a call is private), and who is who, asked once at a terminal
/// when neither `--me` nor the journal says, and remembered.
struct CallLoader {
  let context: CommandContext

  /// The transcript of `path` and its text, or a failure after its diagnostics are printed.
  func transcript(_ path: String) throws -> (transcript: CallTranscript, text: String) {
    let data: Data
    do {
      guard let read = try PrivateFile.readData(path, limit: TranscriptLimits.standard.bytes)
      else {
        throw CommandFailure("\(path): no such file")
      }
      data = read
    } catch let failure as PrivateFile.Failure {
      throw CommandFailure("cannot read \(failure)")
    }
    let result = TranscriptReader().read(data, path: path)
    if !result.diagnostics.isEmpty {
      // Headlines only: the file's lines are what was said in a private call.
      context.console.errorText(DiagnosticRenderer().render(result.diagnostics))
    }
    guard let transcript = result.transcript, !result.hasErrors else {
      let errors = result.diagnostics.count { $0.severity == .error }
      throw CommandFailure(
        "\(path): \(errors) error\(errors == 1 ? "" : "s"); nothing was read from the call")
    }
    return (transcript, String(decoding: data, as: UTF8.self))
  }

  /// The founder's side of a call.
  ///
  /// The speakers `--me` names, else those whose names the journal remembers, else (at a
  /// terminal) the ones the founder picks when asked. The names found are remembered.
  func parties(
    _ transcript: CallTranscript, me: [String], journal: JournalStore?
  ) throws -> CallParties {
    let speakers = transcript.speakers
    var founders: Set<String> = []
    for name in me {
      guard let speaker = CallParties.speaker(named: name, in: speakers) else {
        throw CommandFailure(
          "no speaker of the call is called '\(VisibleText.of(name))'; the speakers are "
            + speakers.map { VisibleText.of($0) }.joined(separator: ", "))
      }
      founders.insert(speaker)
    }
    if founders.isEmpty, let journal {
      do {
        founders = CallParties.remembered(try journal.founderNames(), in: speakers)
      } catch {
        throw CommandFailure(error.description, status: 3)
      }
    }
    if founders.isEmpty {
      founders = try ask(speakers)
    }
    if let journal {
      do {
        try journal.rememberFounderNames(founders.sorted())
      } catch {
        throw CommandFailure(error.description, status: 3)
      }
    }
    return CallParties(founders: founders)
  }

  /// Asks once which speakers are the founder's side.
  private func ask(_ speakers: [String]) throws -> Set<String> {
    let reader = context.lineReader
    guard reader.isInteractive else {
      throw CommandFailure(
        "which speaker is you? say so with --me NAME (the speakers are "
          + speakers.map { VisibleText.of($0) }.joined(separator: ", ") + ")")
    }
    context.console.line("Which of these is you (or your side)? Numbers or names, commas between.")
    for (index, speaker) in speakers.enumerated() {
      context.console.line("  \(index + 1). \(VisibleText.of(speaker))")
    }
    while true {
      switch reader.readLine(prompt: "› ", kind: .answer) {
      case .line(let line):
        if let chosen = Self.choose(line, from: speakers) { return chosen }
        context.console.line("Type the numbers or names of your side, such as 1 or 1, 3.")
      case .interrupted:
        continue
      case .endOfInput:
        throw CommandFailure("no side chosen; say which speaker is you with --me NAME")
      }
    }
  }

  /// The speakers an answer names by number or name, or nil when any part names none.
  static func choose(_ answer: String, from speakers: [String]) -> Set<String>? {
    let parts = answer.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    guard !parts.isEmpty, parts.count < speakers.count || speakers.count == 1 else { return nil }
    var chosen: Set<String> = []
    for part in parts {
      if let number = Int(part), speakers.indices.contains(number - 1) {
        chosen.insert(speakers[number - 1])
      } else if let speaker = CallParties.speaker(named: part, in: speakers) {
        chosen.insert(speaker)
      } else {
        return nil
      }
    }
    return chosen
  }
}
