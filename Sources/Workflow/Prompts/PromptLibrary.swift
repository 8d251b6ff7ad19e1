import BundledPrompts
import Foundation

/// The prompt files in use: each bundled file, unless the user's prompts folder has a file of the
/// same name, which then wins.
public struct PromptLibrary {
  /// One prompt file's text and the path to name in diagnostics.
  public struct File: Equatable {
    public let name: String
    public let displayPath: String
    public let text: String
    public let isBundled: Bool
  }

  /// Files larger than this are refused before they are read whole.
  public static let maximumFileSize = 1 << 20

  public let userDirectory: String?
  private let bundled: [String: String]

  public init(userDirectory: String?, bundled: [String: String] = PromptBundle.files) {
    self.userDirectory = userDirectory
    self.bundled = bundled
  }

  /// The user's prompts folder: `--prompts`, else `$ADVANCE_PROMPTS`, else
  /// `$XDG_CONFIG_HOME/advance/prompts`, else `~/.config/advance/prompts`.
  public static func userDirectory(option: String?, environment: [String: String]) -> String? {
    if let option, !option.isEmpty { return option }
    if let variable = environment["ADVANCE_PROMPTS"], !variable.isEmpty { return variable }
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/advance/prompts"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/advance/prompts"
  }

  /// The file named `name` (a path below the prompts folder, like `lexicon/hedges.yaml`).
  ///
  /// - Returns: The user's file when there is one, else the bundled one, else nil.
  /// - Throws: `PrivateFile.Failure` when the user's file exists but cannot be read, is a
  ///   folder, is larger than `maximumFileSize`, or is not UTF-8 text (with the bad byte's place).
  public func file(_ name: String) throws(PrivateFile.Failure) -> File? {
    if let userDirectory {
      let path = userDirectory + "/" + name
      if let text = try PrivateFile.readText(path, limit: Self.maximumFileSize) {
        return File(name: name, displayPath: path, text: text, isBundled: false)
      }
    }
    return bundled[name].map {
      File(name: name, displayPath: "prompts/" + name, text: $0, isBundled: true)
    }
  }

  /// The YAML files directly below `folder`, bundled and the user's own, as `folder/name.yaml`,
  /// sorted: a user file of a new name joins the bundled ones.
  public func names(in folder: String) -> [String] {
    func isFile(_ name: String) -> Bool {
      name.hasPrefix(folder + "/") && name.hasSuffix(".yaml")
        && !name.dropFirst(folder.count + 1).contains("/")
    }
    var names = Set(bundled.keys.filter(isFile))
    if let userDirectory {
      let listed =
        (try? FileManager.default.contentsOfDirectory(atPath: userDirectory + "/" + folder)) ?? []
      names.formUnion(listed.map { folder + "/" + $0 }.filter(isFile))
    }
    return names.sorted()
  }

  /// The bundled files' names, sorted.
  public var bundledNames: [String] {
    bundled.keys.sorted()
  }

  /// The bundled file named `name`, as shipped.
  public func bundledText(_ name: String) -> String? {
    bundled[name]
  }
}
