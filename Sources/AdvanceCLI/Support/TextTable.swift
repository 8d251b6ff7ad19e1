/// Left-aligned columns for plain terminal tables.
struct TextTable {
  let headers: [String]
  let rows: [[String]]

  /// The header line, then one line per row, columns two spaces apart, no trailing blanks.
  func lines() -> [String] {
    let all = [headers] + rows
    var widths = [Int](repeating: 0, count: headers.count)
    for row in all {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    return all.map { row in
      var line = ""
      for (index, cell) in row.enumerated() where index < widths.count {
        let isLast = index == widths.count - 1
        line += isLast ? cell : cell + String(repeating: " ", count: widths[index] - cell.count + 2)
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }
}
