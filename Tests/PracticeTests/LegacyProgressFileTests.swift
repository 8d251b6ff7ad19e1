import Foundation
import TerminalTestSupport
import Testing

@testable import Practice

/// The practice.json of earlier versions, read once to move it into the journal.
struct LegacyProgressFileTests {
  let directory: TemporaryDirectory
  var folder: String { directory.path }

  init() throws {
    directory = try TemporaryDirectory()
  }

  /// A file in the shape `JSONFileProgressStore` wrote (pretty-printed, sorted keys, ISO 8601).
  static let written = """
    {
      "attempts" : [
        {
          "askGrade" : "fair",
          "askScore" : 55,
          "date" : "2023-11-14T22:13:20Z",
          "persona" : "skeptic",
          "quality" : "undated",
          "readingScore" : 60
        }
      ],
      "drill" : {
        "boxes" : {
          "abc" : {
            "box" : 2,
            "lastSession" : 1
          }
        },
        "sessions" : 1
      },
      "drills" : [
        {
          "cards" : 10,
          "correct" : 7,
          "date" : "2023-11-14T22:13:20Z",
          "score" : 76
        }
      ]
    }
    """

  @Test func readsAFileTheJSONStoreWroteThenRetiresIt() throws {
    let file = LegacyProgressFile(path: folder + "/practice.json")
    #expect(try file.load() == nil, "no file, nothing to import")
    try Data(Self.written.utf8).write(to: URL(fileURLWithPath: file.path))
    let date = Date(timeIntervalSince1970: 1_700_000_000)
    #expect(
      try file.load()
        == PracticeProgress(
          attempts: [
            PracticeAttempt(
              date: date, persona: "skeptic", askGrade: .fair, askScore: 55, quality: .undated,
              readingScore: 60)
          ],
          drills: [.init(date: date, cards: 10, correct: 7, score: 76)],
          drill: DrillState(sessions: 1, boxes: ["abc": .init(box: 2, lastSession: 1)])))
    try file.retire()
    #expect(!FileManager.default.fileExists(atPath: file.path))
    #expect(FileManager.default.fileExists(atPath: file.importedPath))
    #expect(file.importedPath == folder + "/practice.json.imported")
    #expect(try file.load() == nil)
  }

  @Test func aDamagedFileIsAOneLineErrorNamingThePath() throws {
    let path = folder + "/practice.json"
    try Data("my secret notes".utf8).write(to: URL(fileURLWithPath: path))
    #expect(
      throws: ProgressStoreError(
        "\(path): not a practice progress file (move it away to start afresh)")
    ) {
      try LegacyProgressFile(path: path).load()
    }
  }

  @Test func theDefaultPathFollowsXDG() {
    #expect(
      LegacyProgressFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        == "/s/advance/practice.json")
    #expect(
      LegacyProgressFile.defaultPath(environment: ["HOME": "/h"])
        == "/h/.local/state/advance/practice.json")
    #expect(LegacyProgressFile.defaultPath(environment: [:]) == nil)
  }
}
