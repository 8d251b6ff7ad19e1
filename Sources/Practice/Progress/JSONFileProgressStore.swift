import Foundation

/// Keeps progress in one JSON file, by default `$XDG_STATE_HOME/advance/practice.json`; the
/// folder is made 0700 and the file 0600, since the asks are the founder's own.
public struct JSONFileProgressStore: ProgressStore {
  public let path: String

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

  public func load() throws(ProgressStoreError) -> PracticeProgress {
    guard FileManager.default.fileExists(atPath: path) else { return PracticeProgress() }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ProgressStoreError("\(path): cannot read the practice progress")
    }
    do {
      return try Self.decoder.decode(PracticeProgress.self, from: data)
    } catch {
      throw ProgressStoreError(
        "\(path): not a practice progress file (move it away to start afresh)")
    }
  }

  public func save(_ progress: PracticeProgress) throws(ProgressStoreError) {
    let url = URL(fileURLWithPath: path)
    let manager = FileManager.default
    do {
      let folder = url.deletingLastPathComponent()
      if !manager.fileExists(atPath: folder.path) {
        try manager.createDirectory(
          at: folder, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      }
      let data = try Self.encoder.encode(progress)
      try data.write(to: url, options: .atomic)
      try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    } catch {
      throw ProgressStoreError("\(path): cannot write the practice progress")
    }
  }

  private static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }

  private static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }
}
