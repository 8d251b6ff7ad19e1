import Foundation

/// Where a wizard's answers go when the journal cannot take them at the end: a private file in
/// the temporary folder, which is often on another disk than the journal.
enum WizardRescue {
  /// `$TMPDIR/advance-debrief-20261123-101500-4242.yaml`.
  static func path(wizard: String, now: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    let folder = FileManager.default.temporaryDirectory.path
    return "\(folder)/advance-\(wizard)-\(formatter.string(from: now))-\(getpid()).yaml"
  }
}
