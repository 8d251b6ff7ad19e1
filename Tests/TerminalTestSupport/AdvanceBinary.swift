#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the built `advance` executable for end-to-end tests: `$ADVANCE_BINARY`, else the one
/// beside the running test bundle (SwiftPM builds both into the same folder).
public enum AdvanceBinary {
  public static func path() -> String? {
    if let explicit = getenv("ADVANCE_BINARY").map({ String(cString: $0) }), !explicit.isEmpty {
      return explicit
    }
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
}
