import Foundation
import TerminalTestSupport
import Testing

/// Hostile transcripts given to the built `advance transcript`: each is refused with clear
/// errors naming the file (with line and column where there is one), never echoing its lines,
/// in under a second and under 100 MB, like hostile YAML.
struct HostileTranscriptTests {
  static let secondsLimit = 1.0
  static let bytesLimit = 100 << 20

  enum Hostile: String, CaseIterable, CustomTestStringConvertible {
    case huge, binary, nulByte, brokenTimestamps, tooManyCues, aMillionCues, empty

    var bytes: [UInt8] {
      switch self {
      case .huge:
        return Array(repeating: UInt8(ascii: "a"), count: 9 << 20)
      case .binary:
        return [0x57, 0x45, 0xFF, 0xFE, 0x00, 0x01, 0x80, 0x0A]
      case .nulByte:
        return Array("Dana: a".utf8) + [0] + Array("b\n".utf8)
      case .brokenTimestamps:
        var text = "WEBVTT\n\n"
        for index in 0..<200 { text += "\(index)\n00:0x:00.000 --> 00:00:01.000\nDana: secret\n\n" }
        return Array(text.utf8)
      case .tooManyCues:
        var text = "WEBVTT\n\n"
        for _ in 0..<6_000 { text += "00:00.000 --> 00:01.000\nDana: x\n\n" }
        return Array(text.utf8)
      case .aMillionCues:
        let cue = Array("00:00.000 --> 00:01.000\nDana: x\n\n".utf8)
        var bytes = Array("WEBVTT\n\n".utf8)
        bytes.reserveCapacity(cue.count * 1_000_000 + 8)
        for _ in 0..<1_000_000 { bytes += cue }
        return bytes
      case .empty:
        return []
      }
    }

    /// What the first error line says after the path.
    var message: String {
      switch self {
      case .huge: return "file is too large (9 MiB; the limit is 2 MiB)"
      case .binary: return ":1:3: error: file is not valid UTF-8"
      case .nulByte: return ":1:8: error: file contains a NUL byte"
      case .brokenTimestamps: return ":4:1: error: expected a time like '00:01:02.500'"
      case .tooManyCues: return "error: more than 5000 turns"
      case .aMillionCues: return "file is too large (31.5 MiB; the limit is 2 MiB)"
      case .empty: return ":1:1: error: file is empty"
      }
    }

    var testDescription: String { rawValue }
  }

  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  @Test(arguments: Hostile.allCases)
  func aHostileTranscriptIsRefusedQuicklyAndSmall(hostile: Hostile) throws {
    let path = home.path + "/call-\(hostile.rawValue).vtt"
    try Data(hostile.bytes).write(to: URL(fileURLWithPath: path))
    let binary = try AdvanceBinary.require()
    let run = try MeasuredRun.run(
      binary, ["transcript", path, "--me", "Dana", "--journal", home.path + "/journal.sqlite"],
      environment: home.environment())
    #expect(run.status == 1, "\(run.errors)")
    #expect(run.output.isEmpty)
    #expect(run.errors.contains(path))
    #expect(run.errors.contains(hostile.message), "\(run.errors.prefix(400))")
    #expect(!run.errors.contains("secret"), "a transcript's words are never echoed")
    #expect(run.seconds < Self.secondsLimit, "\(run.seconds) s")
    #expect(run.peakBytes < Self.bytesLimit, "\(run.peakBytes >> 20) MiB")
  }

  @Test func brokenTimestampsAreAllReportedUpToTheLimit() throws {
    let path = home.path + "/broken.vtt"
    try Data(Hostile.brokenTimestamps.bytes).write(to: URL(fileURLWithPath: path))
    let run = try ShellRun.advance(
      ["transcript", path, "--me", "Dana", "--journal", home.path + "/journal.sqlite"],
      environment: home.environment())
    let lines = run.errors.split(separator: "\n")
    #expect(lines.filter { $0.contains("expected a time like") }.count == 50)
    #expect(run.errors.contains("error: 150 more problems not shown"))
    #expect(run.errors.hasSuffix("\(path): 51 errors; nothing was read from the call\n"))
  }
}
