#if !FUZZING
import Foundation

/// Runs saved inputs through a fuzz target: `AdvanceFuzz TARGET FILE...`.
@main
enum Replay {
  static func main() throws {
    let arguments = CommandLine.arguments.dropFirst()
    guard let name = arguments.first, FuzzTargets.all[name] != nil else {
      print("usage: AdvanceFuzz TARGET FILE...; targets: \(FuzzTargets.all.keys.sorted())")
      exit(2)
    }
    for path in arguments.dropFirst() {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      _ = FuzzTargets.run(name, bytes)
      print("ok \(path)")
    }
  }
}
#endif
