import Foundation

/// `--jsonl` batches: one text a line in, one JSON object a line out, blank lines skipped.
enum JSONLines {
  /// The encoder every JSON output uses: sorted keys, so output is byte-stable.
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    return encoder
  }

  /// Reads standard input a line at a time and prints what `read` makes of each line.
  static func run<Value: Encodable>(
    context: CommandContext, _ read: (String) throws -> Value
  ) throws {
    let encoder = encoder()
    while let line = Swift.readLine(strippingNewline: true) {
      guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
      context.console.line(String(decoding: try encoder.encode(try read(line)), as: UTF8.self))
    }
  }
}
