import Foundation
import TerminalTestSupport
import Testing

@testable import Workflow

struct PromptLibraryTests {
  let bundled = ["prep.yaml": "bundled prep\n", "lexicon/hedges.yaml": "bundled hedges\n"]

  @Test func aUserFileOverridesTheBundledOne() throws {
    let folder = try TemporaryDirectory()
    try "mine\n".write(toFile: folder.path + "/prep.yaml", atomically: true, encoding: .utf8)
    let library = PromptLibrary(userDirectory: folder.path, bundled: bundled)
    #expect(
      try library.file("prep.yaml")
        == .init(
          name: "prep.yaml", displayPath: folder.path + "/prep.yaml", text: "mine\n",
          isBundled: false))
    #expect(
      try library.file("lexicon/hedges.yaml")
        == .init(
          name: "lexicon/hedges.yaml", displayPath: "prompts/lexicon/hedges.yaml",
          text: "bundled hedges\n", isBundled: true))
    #expect(try library.file("missing.yaml") == nil)
  }

  @Test func aFolderOrAHugeFileIsAnErrorNamingThePath() throws {
    let folder = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: folder.path + "/prep.yaml", withIntermediateDirectories: true)
    let huge = String(repeating: "x", count: PromptLibrary.maximumFileSize + 10)
    try huge.write(toFile: folder.path + "/big.yaml", atomically: true, encoding: .utf8)
    let library = PromptLibrary(userDirectory: folder.path, bundled: bundled)
    #expect(
      throws: PrivateFile.Failure(folder.path + "/prep.yaml", reason: "is a directory, not a file")
    ) {
      try library.file("prep.yaml")
    }
    #expect(
      throws: PrivateFile.Failure(
        folder.path + "/big.yaml", reason: "file is too large (1.1 MiB; the limit is 1 MiB)")
    ) {
      try library.file("big.yaml")
    }
    try Data([0x61, 0x3A, 0x20, 0xFF, 0x0A]).write(
      to: URL(fileURLWithPath: folder.path + "/u.yaml"))
    let invalid = #expect(throws: PrivateFile.Failure.self) { try library.file("u.yaml") }
    #expect(invalid?.description == folder.path + "/u.yaml:1:4: file is not valid UTF-8")
  }

  @Test func aFolderListsBundledAndUserFilesOnce() throws {
    let folder = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: folder.path + "/lexicon/deeper", withIntermediateDirectories: true)
    for name in [
      "lexicon/hedges.yaml", "lexicon/mine.yaml", "lexicon/notes.txt", "lexicon/deeper/x.yaml",
    ] {
      try "x\n".write(toFile: folder.path + "/" + name, atomically: true, encoding: .utf8)
    }
    let library = PromptLibrary(userDirectory: folder.path, bundled: bundled)
    #expect(library.names(in: "lexicon") == ["lexicon/hedges.yaml", "lexicon/mine.yaml"])
    #expect(
      PromptLibrary(userDirectory: nil, bundled: bundled).names(in: "lexicon") == [
        "lexicon/hedges.yaml"
      ])
  }

  @Test func theUserFolderFollowsOptionThenEnvironment() {
    #expect(
      PromptLibrary.userDirectory(option: "/o", environment: ["ADVANCE_PROMPTS": "/e"]) == "/o")
    #expect(
      PromptLibrary.userDirectory(option: nil, environment: ["ADVANCE_PROMPTS": "/e"]) == "/e")
    #expect(
      PromptLibrary.userDirectory(
        option: nil, environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"])
        == "/c/advance/prompts")
    #expect(
      PromptLibrary.userDirectory(option: nil, environment: ["HOME": "/h"])
        == "/h/.config/advance/prompts")
  }
}
