import Foundation

/// The JSON file practice kept its progress in before the journal did.
///
/// It is `$XDG_STATE_HOME/advance/practice.json`, else `~/.local/state/advance/practice.json`.
/// It is only read now, once, to move its progress into the journal; then it is renamed.
public struct LegacyProgressFile {
  public let path: String

  /// What the file is renamed to once imported.
  public var importedPath: String { path + ".imported" }

  public init(path: String) {
    self.path = path
  }

  /// `$XDG_STATE_HOME/advance/practice.json`, else `~/.local/state/advance/practice.json`.
  ///
  /// - Returns: nil when neither variable gives an absolute folder.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/advance/practice.json"
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return home + "/.local/state/advance/practice.json"
  }

  /// The progress in the file.
  ///
  /// - Returns: nil when there is no file.
  /// - Throws: `ProgressStoreError` naming the file when it cannot be read or is not progress.
  public func load() throws(ProgressStoreError) -> PracticeProgress? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ProgressStoreError("\(path): cannot read the practice progress")
    }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    do {
      return try decoder.decode(PracticeProgress.self, from: data)
    } catch {
      throw ProgressStoreError(
        "\(path): not a practice progress file (move it away to start afresh)")
    }
  }

  /// Renames the file to `importedPath`, replacing an older one, so it is imported only once.
  ///
  /// - Throws: `ProgressStoreError` when the rename fails.
  public func retire() throws(ProgressStoreError) {
    guard rename(path, importedPath) == 0 else {
      throw ProgressStoreError(
        "\(path): imported, but cannot be renamed (\(String(cString: strerror(errno))))")
    }
  }
}
