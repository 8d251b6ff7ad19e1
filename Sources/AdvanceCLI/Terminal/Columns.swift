/// Lays words out in columns, as shells list completions.
enum Columns {
  static func layout(_ words: [String], width: Int) -> String {
    guard let longest = words.map(\.count).max() else { return "" }
    let columnWidth = longest + 2
    let perRow = max(1, width / columnWidth)
    let rows = (words.count + perRow - 1) / perRow
    var lines: [String] = []
    for row in 0..<rows {
      var line = ""
      for column in 0..<perRow {
        let index = column * rows + row
        guard index < words.count else { break }
        let word = words[index]
        line += word + String(repeating: " ", count: columnWidth - word.count)
      }
      while line.last == " " { line.removeLast() }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }
}
