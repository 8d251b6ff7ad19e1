import PromptKit

extension CommandContext {
  /// The checks prompt scripts may name (`check: ask`, …).
  var checks: CheckRegistry {
    CheckRegistry()
  }
}
