/// Left-aligned columns for plain terminal tables.
struct TextTable {
  let headers: [String]
  let rows: [[String]]

  /// The header line, then one line per row, columns two spaces apart, no trailing blanks.
  func lines() -> [String] {
    let all = [headers] + rows
    let widths = all.map { $0.map(Self.width) }
    var columns = [Int](repeating: 0, count: headers.count)
    for row in widths {
      for (index, width) in row.enumerated() where index < columns.count {
        columns[index] = max(columns[index], width)
      }
    }
    // Built as bytes: appending thousands of small strings and padding slices cost four times
    // as much.
    var bytes: [UInt8] = []
    return zip(all, widths).map { row, cellWidths in
      bytes.removeAll(keepingCapacity: true)
      var pending = 0
      for (index, cell) in row.enumerated() where index < columns.count {
        // Padding goes only before a non-empty cell, so lines never end in blanks.
        if !cell.isEmpty {
          bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: pending))
          bytes.append(contentsOf: cell.utf8)
          pending = 0
        }
        pending += columns[index] - cellWidths[index] + 2
      }
      while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// Columns a cell takes: its characters, counted fast when it is all ASCII.
  private static func width(_ cell: String) -> Int {
    cell.utf8.allSatisfy { $0 < 0x80 } ? cell.utf8.count : cell.count
  }
}
