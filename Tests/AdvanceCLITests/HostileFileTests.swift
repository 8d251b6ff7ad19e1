import Foundation
import TerminalTestSupport
import Testing

/// Hostile files given to the built `advance`: each is refused with one clear error naming the
/// file (and its line and column where the problem has one), in under a second and under 100 MB.
///
/// The bounds are the issue's; measured here in a debug build on 2 cores, with the rest of the
/// suite running beside, every run takes well under 0.2 s and 35 MB.
struct HostileFileTests {
  static let secondsLimit = 1.0
  static let bytesLimit = 100 << 20

  /// The kinds of prompt file, each told by its folder (as `PromptFileKind.of` does).
  enum Kind: String, CaseIterable, CustomTestStringConvertible {
    case wizard, persona, lexicon, drill

    var folder: String {
      switch self {
      case .wizard: return "prompts"
      case .persona: return "prompts/personas"
      case .lexicon: return "prompts/lexicon"
      case .drill: return "prompts/drills"
      }
    }

    /// What a harmless YAML file that is not of this kind gets: proof the kind's loader ran.
    var missingKey: String {
      switch self {
      case .wizard: return "title"
      case .persona: return "name"
      case .lexicon: return "groups"
      case .drill: return "cards"
      }
    }

    var testDescription: String { rawValue }
  }

  /// A hostile YAML file, and the error it must get: `place` is `line:column`.
  enum Hostile: String, CaseIterable, CustomTestStringConvertible {
    case deepNesting, aliasBomb, mappingKey, sequenceKey, invalidUTF8, nulByte, tenMegabytes
    case empty, directory

    /// The file's bytes; nil for a directory standing where the file should be.
    var bytes: [UInt8]? {
      switch self {
      case .deepNesting: return Array(repeating: UInt8(ascii: "["), count: 10_000)
      case .aliasBomb: return Array(Self.billionLaughs.utf8)
      case .mappingKey: return Array("? {a: 1}\n: x\n".utf8)
      case .sequenceKey: return Array("title: t\n[a, b]: x\n".utf8)
      case .invalidUTF8: return Array("title: café ".utf8) + [0xFF, 0xFE, 0x0A]
      case .nulByte: return Array("title: a".utf8) + [0] + Array("b\n".utf8)
      case .tenMegabytes:
        let line = Array("key: a harmless line of a very long file\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count < 10 << 20 { bytes += line }
        return Array(bytes.prefix(10 << 20))
      case .empty: return []
      case .directory: return nil
      }
    }

    var place: String {
      switch self {
      case .deepNesting: return "1:65"
      case .aliasBomb: return "7:11"
      case .mappingKey: return "1:3"
      case .sequenceKey: return "2:1"
      case .invalidUTF8: return "1:13"
      case .nulByte: return "1:9"
      case .tenMegabytes, .empty, .directory: return "1:1"
      }
    }

    var message: String {
      switch self {
      case .deepNesting: return "nesting is too deep (the limit is 64 levels)"
      case .aliasBomb: return "aliases expand this document past 1000000 nodes"
      case .mappingKey: return "keys must be plain strings, found a mapping"
      case .sequenceKey: return "keys must be plain strings, found a list"
      case .invalidUTF8: return "file is not valid UTF-8"
      case .nulByte: return "file contains a NUL byte"
      case .tenMegabytes: return "file is too large (10 MiB; the limit is 1 MiB)"
      case .empty: return "file is empty"
      case .directory: return "is a directory, not a file"
      }
    }

    /// Nine lists of nine references to the one before: 9⁹ "lol"s once expanded.
    static let billionLaughs: String = {
      var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
      let names = "abcdefghi".map(String.init)
      for (previous, name) in zip(names, names.dropFirst()) {
        let references = Array(repeating: "*" + previous, count: 9).joined(separator: ",")
        lines.append("\(name): &\(name) [\(references)]")
      }
      return lines.joined(separator: "\n") + "\n"
    }()

    var testDescription: String { rawValue }
  }

  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  /// Writes the hostile file (or makes the folder) at `name` under the test's home.
  func place(_ hostile: Hostile, at name: String) throws -> String {
    let path = home.path + "/" + name
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    if let bytes = hostile.bytes {
      try Data(bytes).write(to: URL(fileURLWithPath: path))
    } else {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    return path
  }

  func run(_ arguments: [String]) throws -> MeasuredRun {
    let binary = try AdvanceBinary.require()
    let environment = home.environment(["ADVANCE_TODAY": "2026-11-23"])
    return try MeasuredRun.run(
      binary, arguments + ["--journal", home.path + "/journal.sqlite"], environment: environment)
  }

  /// The bounds every refusal keeps, whatever the command.
  ///
  /// `ADVANCE_REPORT_BOUNDS=1` prints each run's time and peak memory, to re-measure them.
  func expectRefusedQuicklyAndSmall(_ run: MeasuredRun, _ what: String) {
    if ProcessInfo.processInfo.environment["ADVANCE_REPORT_BOUNDS"] == "1" {
      print("bounds: \(what): \(Int(run.seconds * 1000)) ms, \(run.peakBytes >> 10) KiB")
    }
    #expect(run.status == 1, "\(what): \(run.errors)")
    #expect(run.output.isEmpty, "\(what)")
    #expect(run.seconds < Self.secondsLimit, "\(what): \(run.seconds) s")
    #expect(run.peakBytes < Self.bytesLimit, "\(what): \(run.peakBytes >> 20) MiB")
  }

  @Test(arguments: Kind.allCases, Hostile.allCases)
  func checkRefusesWithOneError(kind: Kind, hostile: Hostile) throws {
    let path = try place(hostile, at: kind.folder + "/hostile.yaml")
    let run = try run(["check", path])
    expectRefusedQuicklyAndSmall(run, "check \(kind) \(hostile)")
    let lines = run.errors.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    // The error, maybe the line it points into with a caret, then check's summary.
    #expect(lines.first == "\(path):\(hostile.place): error: \(hostile.message)")
    #expect(lines.last == "error: checked 1 file: 1 error, 0 warnings")
    #expect(lines.count == 2 || lines.count == 4, "\(run.errors)")
    if lines.count == 4 {
      let source = lines[lines.startIndex + 1]
      let caret = lines[lines.startIndex + 2]
      #expect(source.unicodeScalars.count <= 122)
      #expect(!source.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" })
      #expect(caret.allSatisfy { $0 == " " || $0 == "\t" || $0 == "^" } && caret.hasSuffix("^"))
    }
  }

  @Test(arguments: Kind.allCases)
  func theFolderPicksTheKindsLoader(kind: Kind) throws {
    let path = home.path + "/" + kind.folder + "/plain.yaml"
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try "unrelated: 1\n".write(toFile: path, atomically: true, encoding: .utf8)
    let run = try run(["check", path])
    #expect(run.status == 1)
    #expect(run.errors.contains("\(path):1:1: error: missing required key '\(kind.missingKey)'"))
  }

  @Test(arguments: Hostile.allCases)
  func debriefAnswersRefusesWithOneLine(hostile: Hostile) throws {
    let path = try place(hostile, at: "answers.yaml")
    let run = try run(["debrief", "--answers", path])
    expectRefusedQuicklyAndSmall(run, "debrief --answers \(hostile)")
    // The answers file names its own folder problem: it is read as YAML, not as a prompt file.
    let message =
      hostile == .directory ? "is a directory, not a YAML file" : hostile.message
    #expect(run.errors == "error: \(path):\(hostile.place): \(message)\n")
  }

  /// Hostile JSON for `import`.
  ///
  /// JSON has no aliases nor keys other than strings, so those kinds do not apply; the 10 MB file
  /// is JSON with one huge field and no `leads`.
  enum HostileJSON: String, CaseIterable, CustomTestStringConvertible {
    case deepNesting, invalidUTF8, nulByte, tenMegabytes, empty

    var bytes: [UInt8] {
      switch self {
      case .deepNesting: return Array(repeating: UInt8(ascii: "["), count: 10_000)
      case .invalidUTF8:
        return Array(#"{"format": "advance-journal", "x": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)
      case .nulByte: return Array(#"{"format": "#.utf8) + [0] + Array("}".utf8)
      case .tenMegabytes:
        let head = Array(#"{"format": "advance-journal", "schemaVersion": 1, "x": ""#.utf8)
        return head + Array(repeating: UInt8(ascii: "x"), count: 10 << 20) + Array(#""}"#.utf8)
      case .empty: return []
      }
    }

    /// What follows the path in `error: PATH…`.
    var rest: String {
      switch self {
      case .deepNesting:
        return ":1:10001: not valid JSON: the file ends too soon (expected a value)"
      case .invalidUTF8: return ":1:37: file is not valid UTF-8"
      case .nulByte: return ":1:12: file contains a NUL byte"
      case .tenMegabytes: return ":1:1: leads: missing field"
      case .empty: return ": file is empty"
      }
    }

    var testDescription: String { rawValue }
  }

  @Test(arguments: HostileJSON.allCases)
  func importRefusesWithOneLine(hostile: HostileJSON) throws {
    let path = home.path + "/export.json"
    try Data(hostile.bytes).write(to: URL(fileURLWithPath: path))
    let run = try run(["import", path])
    expectRefusedQuicklyAndSmall(run, "import \(hostile)")
    #expect(run.errors == "error: \(path)\(hostile.rest)\n")
  }

  @Test func importRefusesADirectory() throws {
    let path = home.path + "/export.json"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let run = try run(["import", path])
    expectRefusedQuicklyAndSmall(run, "import directory")
    #expect(run.errors == "error: cannot read \(path): is a directory, not a file\n")
  }
}
