import Diagnostics
import Foundation
import Testing
import YAMLSource

@testable import PromptKit

/// `advance` parses YAML on the main thread only (8 MiB of stack); these prove the depth limit
/// keeps parsing safe even on a secondary thread's 512 KiB, should a loader ever move to one.
///
/// Each document is as deep as the limits allow, so composing it, wrapping it in `YAMLNode`s and
/// reading it with a loader go as deep as they ever can.
struct SmallStackTests {
  static let stackSize = 512 << 10
  static let depth = YAMLLimits.standard.maxDepth

  /// Runs `body` on a new thread with a 512 KiB stack and returns what it returned.
  func onSmallStack(_ body: @escaping @Sendable () -> [String]) async -> [String] {
    await withCheckedContinuation { continuation in
      let thread = Thread { continuation.resume(returning: body()) }
      thread.stackSize = Self.stackSize
      thread.start()
    }
  }

  static let documents = [
    String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
    String(repeating: "{a: ", count: depth) + "x" + String(repeating: "}", count: depth),
    (0..<depth).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n") + " v\n",
    "steps: " + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1),
  ]

  @Test(arguments: documents.indices)
  func theDeepestAllowedDocumentLoadsOnA512KiBStack(index: Int) async {
    let text = Self.documents[index]
    let headlines = await onSmallStack {
      let bag = DiagnosticBag()
      guard YAMLDocument.parse(Data(text.utf8), path: "t.yaml", into: bag) != nil else {
        return ["not parsed"] + bag.diagnostics.map(\.headline)
      }
      // A script loader reads it too (and finds it is no script).
      let result = ScriptLoader().load(data: Data(text.utf8), path: "t.yaml")
      return result.diagnostics.filter { $0.code.rawValue == "too-deep" }.map(\.headline)
    }
    #expect(headlines.isEmpty)
  }

  @Test func oneLevelDeeperIsRefusedOnTheSmallStackToo() async {
    let text = String(repeating: "[", count: Self.depth + 1)
    let codes = await onSmallStack {
      let bag = DiagnosticBag()
      _ = YAMLDocument.parse(Data(text.utf8), path: "t.yaml", into: bag)
      return bag.diagnostics.map(\.code.rawValue)
    }
    #expect(codes == ["too-deep"])
  }
}
