import Testing

@testable import Journal

@Suite struct JournalLocationTests {
  @Test func explicitVariableWins() {
    let path = JournalLocation.resolve(environment: [
      "ADVANCE_JOURNAL": "/x/j.sqlite", "XDG_DATA_HOME": "/data", "HOME": "/home/a",
    ])
    #expect(path == "/x/j.sqlite")
  }

  @Test func xdgDataHomeBeforeHome() {
    let path = JournalLocation.resolve(environment: ["XDG_DATA_HOME": "/data/", "HOME": "/home/a"])
    #expect(path == "/data/advance/journal.sqlite")
  }

  @Test(arguments: [
    ["HOME": "/home/a"],
    ["HOME": "/home/a", "ADVANCE_JOURNAL": "", "XDG_DATA_HOME": ""],
    ["HOME": "/home/a", "XDG_DATA_HOME": "relative/data"],
  ])
  func fallsBackToHome(environment: [String: String]) {
    let path = JournalLocation.resolve(environment: environment)
    #expect(path == "/home/a/.local/share/advance/journal.sqlite")
  }

  @Test func nothingToGoOn() {
    #expect(JournalLocation.resolve(environment: [:]) == nil)
  }
}
