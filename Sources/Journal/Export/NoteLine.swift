import Foundation

/// One line of a debrief's notes, with what the judge read it as (fact, compliment, fluff,
/// hypothetical, idea or commitment) when the meeting was scored.
struct NoteLine: Hashable, Sendable {
  /// The kind the scorecard gave the line, or `nil` when there is no scorecard reading.
  var kind: String?
  /// The line as written, without its bullet.
  var text: String

  /// The notes of a meeting: the scorecard's `notes.findings` when it holds any, else the
  /// lines of the `notes` answer as written.
  ///
  /// Only that part of the scorecard is decoded, and leniently: the journal keeps the
  /// scorecard as opaque text, so a scorecard of another shape, a finding without text or a
  /// missing kind never fails an export.
  ///
  /// - Parameters:
  ///   - scorecard: the meeting's scorecard JSON, if any.
  ///   - notes: the `notes` answer, if any.
  /// - Returns: the lines, in the order written, without blank ones.
  static func lines(scorecard: String?, notes: String?) -> [NoteLine] {
    if let scorecard, let read = try? JSONDecoder().decode(Card.self, from: Data(scorecard.utf8)) {
      let lines = (read.notes?.findings ?? []).compactMap { finding -> NoteLine? in
        guard let text = finding.text, text.contains(where: { !$0.isWhitespace }) else {
          return nil
        }
        let kind = finding.kind?.trimmingCharacters(in: .whitespaces)
        return NoteLine(kind: kind?.isEmpty == false ? kind : nil, text: text)
      }
      if !lines.isEmpty { return lines }
    }
    return MarkdownWriter.lines(of: notes ?? "").compactMap(entry).map {
      NoteLine(kind: nil, text: $0)
    }
  }

  /// A line as a list entry: trimmed, without the bullet it was typed with; `nil` when blank.
  static func entry(_ line: String) -> String? {
    var text = line.trimmingCharacters(in: .whitespaces)
    if text.hasPrefix("- ") || text.hasPrefix("* ") { text.removeFirst(2) }
    return text.isEmpty ? nil : text
  }

  /// The part of a scorecard read here; everything else in it is ignored.
  private struct Card: Decodable {
    var notes: Notes?

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      notes = try? container.decodeIfPresent(Notes.self, forKey: .notes)
    }

    private enum CodingKeys: String, CodingKey { case notes }
  }

  private struct Notes: Decodable {
    var findings: [Finding]

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      var list = try container.nestedUnkeyedContainer(forKey: .findings)
      var findings: [Finding] = []
      while !list.isAtEnd {
        // A finding of another shape is skipped, not a reason to drop the others.
        if let finding = try? list.decode(Finding.self) {
          findings.append(finding)
        } else {
          _ = try list.decode(Skipped.self)
        }
      }
      self.findings = findings
    }

    private enum CodingKeys: String, CodingKey { case findings }
  }

  private struct Finding: Decodable {
    var kind: String?
    var text: String?

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      kind = try? container.decodeIfPresent(String.self, forKey: .kind)
      text = try? container.decodeIfPresent(String.self, forKey: .text)
    }

    private enum CodingKeys: String, CodingKey { case kind, text }
  }

  /// Any JSON value, decoded only to step over it.
  private struct Skipped: Decodable {
    init(from decoder: any Decoder) throws {}
  }
}
