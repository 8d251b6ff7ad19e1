import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the built `advance` executable for end-to-end tests: `$ADVANCE_BINARY`, else the one
/// beside the running test bundle (SwiftPM builds both into the same folder).
public enum AdvanceBinary {
  /// Why there is no binary to test.
  public enum Failure: Error, CustomStringConvertible {
    case missing
    /// The binary is older than `source`: a build stopped short, or sources changed since.
    case stale(binary: String, source: String)

    public var description: String {
      switch self {
      case .missing:
        return "no advance binary beside the tests: run 'swift build --build-tests' first"
      case .stale(let binary, let source):
        // The build plugin notices a new file in prompts/ only when Package.swift changes.
        let new = source.hasPrefix("prompts/") ? " (after 'touch Package.swift' if it is new)" : ""
        return "\(binary) is older than \(source): run 'swift build --build-tests'\(new)"
          + " first, so the tests run the code as it is"
      }
    }
  }

  /// The binary under test, checked once: the one just built.
  ///
  /// One older than the sources is refused; `$ADVANCE_BINARY` is taken as given.
  ///
  /// - Throws: ``Failure`` when there is none, or it is stale.
  public static func require() throws(Failure) -> String {
    try located.get()
  }

  private static let located: Result<String, Failure> = {
    if let explicit = getenv("ADVANCE_BINARY").map({ String(cString: $0) }), !explicit.isEmpty {
      return .success(explicit)
    }
    guard let binary = built() else { return .failure(.missing) }
    if let source = newerSource(than: binary) {
      return .failure(.stale(binary: binary, source: source))
    }
    return .success(binary)
  }()

  private static func built() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, Int(PATH_MAX))
    guard length > 0 else { return nil }
    let executable = String(
      decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var folder = String(executable[..<(executable.lastIndex(of: "/") ?? executable.endIndex)])
    // The test binary may sit inside a bundle folder (`advancePackageTests.xctest/...`).
    while !folder.isEmpty {
      let candidate = folder + "/advance"
      var info = stat()
      if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
        return candidate
      }
      guard let slash = folder.lastIndex(of: "/") else { break }
      folder = String(folder[..<slash])
    }
    return nil
  }

  /// A file the binary is built from (under `Sources/`, but for the trainer, or `prompts/`)
  /// changed after `binary` was written; nil when none did or the sources are not here.
  ///
  /// `Package.swift` is not one: an edit of the tests' targets there relinks no `advance`.
  private static func newerSource(than binary: String) -> String? {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().path
    guard let built = modified(binary), modified(root + "/Package.swift") != nil else {
      return nil
    }
    var paths: [String] = []
    for folder in ["Sources", "prompts"] {
      let files = FileManager.default.enumerator(atPath: root + "/" + folder)
      while let name = files?.nextObject() as? String {
        if !name.hasPrefix("JudgeTrainer/") { paths.append(folder + "/" + name) }
      }
    }
    return paths.first { (modified(root + "/" + $0) ?? 0) > built }
  }

  private static func modified(_ path: String) -> Double? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
    let time = info.st_mtimespec
    #else
    let time = info.st_mtim
    #endif
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
