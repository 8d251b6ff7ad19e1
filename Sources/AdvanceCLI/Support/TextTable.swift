/// Left-aligned columns for plain terminal tables.
struct TextTable {
  let headers: [String]
  let rows: [[String]]

  /// The header line, then one line per row, columns two spaces apart, no trailing blanks.
  func lines() -> [String] {
    var lines: [String] = []
    forEachLine { _, bytes in lines.append(String(decoding: bytes, as: UTF8.self)) }
    return lines
  }

  /// The whole table as one text, each line ending in a newline: the header styled by
  /// `header`, and row `index` followed, two spaces on, by `suffix(index)` when that is not nil.
  ///
  /// Built as one buffer: a listing of 10,000 rows is then a single write.
  func text(header: (String) -> String = { $0 }, suffix: (Int) -> String? = { _ in nil })
    -> String
  {
    var text: [UInt8] = []
    forEachLine { index, bytes in
      guard let index else {
        text.append(contentsOf: header(String(decoding: bytes, as: UTF8.self)).utf8)
        text.append(UInt8(ascii: "\n"))
        return
      }
      text.append(contentsOf: bytes)
      if let extra = suffix(index) {
        text.append(contentsOf: "  ".utf8)
        text.append(contentsOf: extra.utf8)
      }
      text.append(UInt8(ascii: "\n"))
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Calls `body` with each line's bytes: the header (index nil), then each row's index.
  private func forEachLine(_ body: (Int?, ArraySlice<UInt8>) -> Void) {
    var columns = headers.map(Self.width)
    let widths = rows.map { $0.map(Self.width) }
    for row in widths {
      for (index, width) in row.enumerated() where index < columns.count {
        columns[index] = max(columns[index], width)
      }
    }
    var bytes: [UInt8] = []
    func layOut(_ row: [String], _ cellWidths: [Int]) {
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
    }
    layOut(headers, headers.map(Self.width))
    body(nil, bytes[...])
    for (index, row) in rows.enumerated() {
      layOut(row, widths[index])
      body(index, bytes[...])
    }
  }

  /// Columns a cell takes: its characters, counted fast when it is all ASCII.
  private static func width(_ cell: String) -> Int {
    cell.utf8.allSatisfy { $0 < 0x80 } ? cell.utf8.count : cell.count
  }
}
