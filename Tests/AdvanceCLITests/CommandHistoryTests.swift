import Testing

@testable import AdvanceCLI

struct CommandHistoryTests {
  @Test func capsAtCapacityKeepingTheNewest() {
    var history = CommandHistory(capacity: 3)
    for line in ["a", "b", "c", "d", "e"] {
      history.append(line)
    }
    #expect(history.entries == ["c", "d", "e"])
  }

  @Test func defaultCapacityIsAThousand() {
    let history = CommandHistory(entries: (1...1500).map { "command \($0)" })
    #expect(history.entries.count == 1000)
    #expect(history.entries.first == "command 501")
    #expect(history.entries.last == "command 1500")
  }

  @Test func skipsBlankPrivateAndRepeatedLines() {
    var history = CommandHistory()
    let recorded = ["help", "help", "", " leads --journal secret", "two\nlines", "version"].map {
      history.append($0)
    }
    #expect(recorded == [true, false, false, false, false, true])
    #expect(history.entries == ["help", "version"])
  }

  @Test func fileRoundTripKeepsUnicode() {
    let history = CommandHistory(entries: ["interpret \"héllo wörld 🚀\"", "leads"])
    #expect(CommandHistory.parse(history.fileContents) == history)
  }

  @Test func mergingKeepsAnotherProcessesLines() {
    let onDisk = CommandHistory(entries: ["a", "b"], capacity: 3)
    let merged = CommandHistory.merging(onDisk: onDisk, added: ["c", "d"])
    #expect(merged.entries == ["b", "c", "d"])
  }

  @Test func pathFollowsXDGStateHome() {
    #expect(
      HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        == "/s/advance/history")
    #expect(
      HistoryFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/advance/history")
    #expect(
      HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
        == "/h/.local/state/advance/history")
    #expect(HistoryFile.defaultPath(environment: [:]) == nil)
  }
}
