import AdvanceCLI

/// The code paths that read untrusted bytes, each a fuzz target.
///
/// Under libFuzzer (`make fuzz`) the target is picked by `$ADVANCE_FUZZ_TARGET`; without it,
/// `Replay` runs saved inputs through a target, which is how crashes become regression tests.
enum FuzzTargets {
  static let all: [String: @Sendable ([UInt8]) -> Void] = [
    "repl-line": { bytes in
      let line = String(decoding: bytes, as: UTF8.self)
      _ = CommandLineTokenizer().split(line)
    }
  ]

  static func run(_ name: String, _ bytes: [UInt8]) -> Bool {
    guard let target = all[name] else { return false }
    target(bytes)
    return true
  }
}
