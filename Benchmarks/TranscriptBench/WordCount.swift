import Foundation

/// Words per speaker counted straight from the file, without the transcript reader.
///
/// The independent count the reader's talk shares are checked against. Deliberately simple:
/// whitespace-separated tokens holding a letter or a digit, attributed to the last speaker
/// named by a voice tag, a `Name:` prefix or a `Name  0:03` heading.
enum WordCount {
  static func bySpeaker(_ text: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    var speaker: String?
    for raw in text.components(separatedBy: .newlines) {
      var line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line == "WEBVTT" || line.hasPrefix("NOTE") || line.contains("-->")
        || line.allSatisfy(\.isNumber)
        || line.range(of: #"^[0-9a-f-]+/\d+-\d+$"#, options: .regularExpression) != nil
      {
        continue
      }
      if let match = line.range(of: #"^[\[(][0-9:.]+[\])]\s*"#, options: .regularExpression) {
        line.removeSubrange(match)
      }
      if let voice = line.range(of: #"^<v[ .][^>]*>"#, options: .regularExpression) {
        let tag = line[voice].dropFirst(2).dropLast()
        speaker = String(tag.drop { $0 != " " }.dropFirst())
        line.removeSubrange(voice)
      } else if let heading = line.range(
        of: #"^[A-Z][\p{L}.'’ -]{0,40}\s+\d{1,2}:\d{2}(:\d{2})?$"#, options: .regularExpression),
        heading == line.startIndex..<line.endIndex
      {
        speaker = line.components(separatedBy: .whitespaces).dropLast().joined(separator: " ")
          .trimmingCharacters(in: .whitespaces)
        continue
      } else if let prefix = line.range(
        of: #"^[A-Z][\p{L}.'’-]*( [\p{L}.'’-]+){0,3}:\s"#, options: .regularExpression)
      {
        speaker = String(line[prefix].dropLast(2))
        line.removeSubrange(prefix)
      }
      guard let who = speaker else { continue }
      let stripped = line.replacingOccurrences(
        of: "<[^>]*>", with: " ", options: .regularExpression)
      let words = stripped.split(whereSeparator: \.isWhitespace).filter {
        $0.contains { $0.isLetter || $0.isNumber }
      }
      counts[who, default: 0] += words.count
    }
    return counts
  }
}
