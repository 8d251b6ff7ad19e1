import Foundation

/// Keeps unfinished wizards so the next start for the same lead resumes at the same question.
///
/// A protocol so the journal can take over from the file store.
public protocol DraftStore: Sendable {
  /// The draft of a wizard for a lead, if one was saved.
  ///
  /// - Throws: When the store cannot be read.
  func load(wizard: String, lead: String) throws -> WizardState?
  /// Saves a draft, replacing any earlier one.
  ///
  /// - Throws: When the store cannot be written.
  func save(_ state: WizardState, lead: String) throws
  /// Forgets a draft (after the wizard finished).
  ///
  /// - Throws: When the store cannot be written.
  func remove(wizard: String, lead: String) throws
}

/// Drafts as JSON files in a directory (created 0700, files 0600: answers may be private).
public struct FileDraftStore: DraftStore {
  /// The directory holding the drafts.
  public var directory: URL

  /// Creates a store in a directory, which is created when the first draft is saved.
  public init(directory: URL) {
    self.directory = directory
  }

  /// The file a draft lives in: `<wizard>-<lead slug>-<hash>.json`.
  public func fileURL(wizard: String, lead: String) -> URL {
    let slug = lead.lowercased().unicodeScalars.map { scalar in
      CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII ? String(scalar) : "-"
    }.joined().prefix(40)
    // FNV-1a keeps leads whose slugs collide ("Acme Inc" and "acme-inc") apart.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in lead.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let name = "\(wizard)-\(slug.isEmpty ? "none" : String(slug))-\(String(hash, radix: 16)).json"
    return directory.appendingPathComponent(name)
  }

  public func load(wizard: String, lead: String) throws -> WizardState? {
    let url = fileURL(wizard: wizard, lead: lead)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let data = try Data(contentsOf: url)
    return try JSONDecoder().decode(WizardState.self, from: data)
  }

  public func save(_ state: WizardState, lead: String) throws {
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    let url = fileURL(wizard: state.wizard, lead: lead)
    try encoder.encode(state).write(to: url, options: .atomic)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
  }

  public func remove(wizard: String, lead: String) throws {
    let url = fileURL(wizard: wizard, lead: lead)
    if FileManager.default.fileExists(atPath: url.path) {
      try FileManager.default.removeItem(at: url)
    }
  }
}
