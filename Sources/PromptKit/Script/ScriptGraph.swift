/// Checks the flow between steps: jump targets, unreachable steps, loops with no way out.
import Diagnostics

struct ScriptGraph {
  let script: Script
  let bag: DiagnosticBag

  /// The indices each step can go to; `script.steps.count` stands for the end.
  func successors() -> [[Int]] {
    let end = script.steps.count
    return script.steps.enumerated().map { index, step in
      var targets: [Int] = []
      for jump in step.next {
        if jump.target == Script.Jump.end {
          targets.append(end)
        } else if let target = script.stepIndex(jump.target) {
          targets.append(target)
        }
      }
      // Without an unconditional jump, the wizard may fall through to the next step.
      if !step.next.contains(where: { $0.condition == nil }) {
        targets.append(index + 1)
      }
      return targets
    }
  }

  func check() {
    let candidates = script.steps.map(\.id) + [Script.Jump.end]
    var unknownTargets = false
    for step in script.steps {
      for jump in step.next
      where jump.target != Script.Jump.end && script.stepIndex(jump.target) == nil {
        unknownTargets = true
        bag.error(
          .unknownStep,
          "jump to unknown step '\(jump.target)'"
            + Suggestion.didYouMean(jump.target, in: candidates),
          at: jump.location)
      }
    }
    // With a jump going nowhere, any loop or reachability finding would be noise.
    guard !script.steps.isEmpty, !unknownTargets else { return }
    let next = successors()
    let end = script.steps.count
    var reachable = Set<Int>([0])
    var queue = [0]
    while let index = queue.popLast() {
      guard index < end else { continue }
      for target in next[index] where reachable.insert(target).inserted {
        queue.append(target)
      }
    }
    var finishing = Set<Int>([end])
    var changed = true
    while changed {
      changed = false
      for index in 0..<end where !finishing.contains(index) {
        if next[index].contains(where: finishing.contains) {
          finishing.insert(index)
          changed = true
        }
      }
    }
    for (index, step) in script.steps.enumerated() {
      if !reachable.contains(index) {
        bag.warning(.unreachableStep, "step '\(step.id)' is never reached", at: step.location)
      } else if !finishing.contains(index) {
        bag.error(
          .endlessLoop, "step '\(step.id)' is in a loop with no way out to the end",
          at: step.location)
      }
    }
  }
}
