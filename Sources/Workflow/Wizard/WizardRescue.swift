import Foundation

/// Where a wizard's answers go when the journal cannot take them at the end: a private file in
/// the temporary folder, which is often on another disk than the journal.
public enum WizardRescue {
  /// Writes `text` to a new `$TMPDIR/advance-debrief-20261123-101500-RANDOM.yaml`, created
  /// exclusively with an unpredictable name (the folder is often shared); returns its path.
  ///
  /// - Throws: `PrivateFile.Failure` when the file cannot be written.
  public static func write(_ text: String, wizard: String, now: Date) throws(PrivateFile.Failure)
    -> String
  {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    var folder = FileManager.default.temporaryDirectory.path
    while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
    return try PrivateFile.createUnique(
      text, in: folder, prefix: "advance-\(wizard)-\(formatter.string(from: now))",
      suffix: ".yaml")
  }
}
