// Why YAMLSource walks libyaml's events before composing: the time `Yams.compose` alone takes on
// a small file whose mapping keys are aliases of nested lists (each level ten times the last),
// beside the time `YAMLDocument.parse` takes to refuse the same file.
// Usage: YAMLBench [LEVELS]
import Diagnostics
import Foundation
import YAMLSource
import Yams

let arguments = CommandLine.arguments
let deepest = arguments.count > 1 ? max(1, Int(arguments[1]) ?? 5) : 5

/// `levels` lists, each holding ten one-key mappings whose key is a list around the level below.
func aliasKeys(levels: Int) -> String {
  var text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
  for level in 1...levels {
    let keys = (0..<10).map { "{[*l\(level - 1), \($0)]: v}" }
    text += "l\(level): &l\(level) [" + keys.joined(separator: ", ") + "]\n"
  }
  return text
}

func milliseconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let clock = ContinuousClock()
print("levels  bytes  Yams.compose ms  YAMLDocument.parse ms  ratio  parse says")
for levels in 1...deepest {
  let text = aliasKeys(levels: levels)
  let composed = clock.measure { _ = try? Yams.compose(yaml: text, .basic) }
  let bag = DiagnosticBag()
  let checked = clock.measure { _ = YAMLDocument.parse(text: text, path: "keys.yaml", into: bag) }
  let ratio = milliseconds(composed) / max(milliseconds(checked), 0.001)
  print(
    String(
      format: "%6d %6d %16.2f %22.3f %6.0f  %@", levels, text.utf8.count, milliseconds(composed),
      milliseconds(checked), ratio, bag.diagnostics.first?.code.rawValue ?? "accepted"))
}
