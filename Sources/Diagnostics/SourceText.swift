import Foundation

/// The bytes of a user's file checked and decoded as UTF-8 text, strictly: invalid UTF-8 and NUL
/// bytes are refused with their place rather than repaired, so a file is never read as something
/// other than what its writer sees.
public enum SourceText {
  /// Decodes a file's bytes, dropping a leading byte order mark.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The name diagnostics print.
  /// - Returns: The text, or an error diagnostic (`invalid-utf8` or `nul-byte`) at the first bad
  ///   byte's line and column (columns count Unicode scalars).
  public static func decode(_ data: Data, path: String) -> Result<String, Diagnostic> {
    var body = data[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) {
      body = body.dropFirst(3)
    }
    // The common case, checked by Foundation in one pass: valid UTF-8 without a NUL.
    let hasNul = body.withUnsafeBytes { raw in
      raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false
    }
    if !hasNul, let text = String(data: body, encoding: .utf8) {
      return .success(text)
    }
    return .failure(firstProblem(in: body, path: path))
  }

  /// A size in words for messages: `2 MiB`, `10.0 MiB`, `300 KiB`, `12 bytes`.
  public static func describe(bytes: Int) -> String {
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 20 {
      // Rounded up, so a file just over a limit never reads as the limit itself.
      let tenths = (bytes * 10 + (1 << 20) - 1) >> 20
      return "\(tenths / 10).\(tenths % 10) MiB"
    }
    if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }

  /// The message for a file over a size limit.
  public static func tooLargeMessage(size: Int, limit: Int) -> String {
    "file is too large (\(describe(bytes: size)); the limit is \(describe(bytes: limit)))"
  }

  /// Walks the bytes to the first invalid sequence or NUL; only run once one is known to exist.
  private static func firstProblem(in bytes: Data.SubSequence, path: String) -> Diagnostic {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var line = 1
    var column = 1
    while true {
      let here = SourceLocation(file: path, line: line, column: column)
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        let scalar = Unicode.UTF8.decode(encoded)
        if scalar == "\0" {
          return .error(.nulByte, "file contains a NUL byte", at: here)
        }
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .error:
        return .error(.invalidUTF8, "file is not valid UTF-8", at: here)
      case .emptyInput:
        // Foundation refused what this parser accepts (it should not happen): say so plainly.
        return .error(.invalidUTF8, "file is not valid UTF-8", at: here)
      }
    }
  }
}
