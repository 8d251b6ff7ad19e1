/// Left-aligned columns for plain terminal tables.
///
/// Given a width (the terminal's), a table wider than it shrinks its widest text column (one of
/// `flexible`) to fit, and the cells too long for it end in an ellipsis; a row's suffix that no
/// longer fits goes on the next line, indented.
struct TextTable {
  let headers: [String]
  let rows: [[String]]
  /// The columns that may be cut short to fit, by index.
  var flexible: Set<Int> = []
  /// The columns to fit in; nil for no limit.
  var width: Int?

  /// A column is never cut narrower than its header or this many columns.
  static let narrowest = 8

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
    String(decoding: utf8(header: header, suffix: suffix), as: UTF8.self)
  }

  /// ``text(header:suffix:)`` as the UTF-8 bytes it is made of, to be written as they are:
  /// turning the bytes of a listing of 10,000 rows into a `String` and back cost as much as
  /// laying it out.
  func utf8(header: (String) -> String = { $0 }, suffix: (Int) -> String? = { _ in nil })
    -> [UInt8]
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
        let lineWidth = Self.width(utf8: bytes)
        if let width, lineWidth + 2 + Self.printedWidth(extra) > width {
          // A continuation line, indented under the row it belongs to.
          text.append(contentsOf: "\n    ".utf8)
        } else {
          text.append(contentsOf: "  ".utf8)
        }
        Self.append(extra, to: &text)
      }
      text.append(UInt8(ascii: "\n"))
    }
    return text
  }

  /// Calls `body` with each line's bytes: the header (index nil), then each row's index.
  private func forEachLine(_ body: (Int?, ArraySlice<UInt8>) -> Void) {
    let count = headers.count
    var columns = headers.map(Self.width)
    // Every cell's width in one flat list, row after row: one allocation for the listing.
    var widths: [Int] = []
    widths.reserveCapacity(rows.count * count)
    for row in rows {
      for index in 0..<count {
        let width = index < row.count ? Self.width(row[index]) : 0
        widths.append(width)
        columns[index] = max(columns[index], width)
      }
    }
    fitColumns(&columns)
    var bytes: [UInt8] = []
    func layOut(_ row: [String], _ cellWidths: ArraySlice<Int>) {
      bytes.removeAll(keepingCapacity: true)
      var pending = 0
      for (index, cell) in row.prefix(count).enumerated() {
        let width = cellWidths[cellWidths.startIndex + index]
        // Padding goes only before a non-empty cell, so lines never end in blanks.
        if !cell.isEmpty {
          bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: pending))
          if width > columns[index] {
            Self.append(cell.prefix(columns[index] - 1) + "…", to: &bytes)
          } else {
            Self.append(cell, to: &bytes)
          }
          pending = 0
        }
        pending += max(0, columns[index] - width) + 2
      }
      while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
    }
    layOut(headers, headers.map(Self.width)[...])
    body(nil, bytes[...])
    for (index, row) in rows.enumerated() {
      layOut(row, widths[(index * count)..<(index * count + count)])
      body(index, bytes[...])
    }
  }

  /// Appends a text's UTF-8, copied in one go when it is stored contiguously.
  private static func append(_ text: String, to bytes: inout [UInt8]) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable {
      bytes.append(contentsOf: $0)
    }
    if copied == nil { bytes.append(contentsOf: text.utf8) }
  }

  /// Narrows the widest flexible column, then the widest two together, and so on, until the
  /// table fits `width` or every flexible column is down to its narrowest.
  private func fitColumns(_ columns: inout [Int]) {
    guard let width else { return }
    var total = columns.reduce(0, +) + 2 * max(0, columns.count - 1)
    while total > width {
      let shrinkable = flexible.filter { index in
        index < columns.count && columns[index] > floor(index)
      }
      guard let widest = shrinkable.max(by: { columns[$0] < columns[$1] }) else { return }
      // Down to the next widest first, so the columns end up sharing what room there is.
      let next = shrinkable.filter { $0 != widest }.map { columns[$0] }.max() ?? 0
      let cut = max(1, min(total - width, columns[widest] - max(floor(widest), next)))
      columns[widest] -= cut
      total -= cut
    }
  }

  private func floor(_ index: Int) -> Int {
    max(Self.narrowest, Self.width(headers[index]))
  }

  /// Columns that styled text takes: its characters without the escape sequences.
  private static func printedWidth(_ text: String) -> Int {
    var count = 0
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
      } else if scalar == "\u{1B}" {
        inEscape = true
      } else {
        count += 1
      }
    }
    return count
  }

  /// Columns a cell takes: its characters, counted fast when it is all ASCII, or when each
  /// scalar is a character of its own.
  private static func width(_ cell: String) -> Int {
    let isASCII =
      cell.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
      ?? cell.utf8.allSatisfy { $0 < 0x80 }
    if isASCII { return cell.utf8.count }
    var scalars = 0
    for scalar in cell.unicodeScalars {
      // Below U+0300 and in the punctuation a table shows (`·` `–` `…`), no scalar joins the
      // one before it into one character (a newline pair aside, which no cell holds);
      // anything else is counted the slow, exact way.
      guard scalar.value < 0x300 || (0x2010...0x2027).contains(scalar.value) else {
        return cell.count
      }
      scalars += 1
    }
    return scalars
  }

  /// Columns a laid-out line takes, as ``width(_:)`` counts them, read on its bytes when it is
  /// all ASCII.
  private static func width(utf8 bytes: ArraySlice<UInt8>) -> Int {
    bytes.allSatisfy { $0 < 0x80 }
      ? bytes.count : String(decoding: bytes, as: UTF8.self).count
  }
}
