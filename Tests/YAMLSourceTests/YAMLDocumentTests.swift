import Diagnostics
import Foundation
import TerminalTestSupport
import Testing
import YAMLSource

private func parse(_ text: String) -> (YAMLDocument?, [Diagnostic]) {
  let bag = DiagnosticBag()
  let document = YAMLDocument.parse(Data(text.utf8), path: "t.yaml", into: bag)
  return (document, bag.diagnostics)
}

private func headlines(_ text: String) -> [String] {
  parse(text).1.map(\.headline)
}

@Test func readsDeclaredKeysAndReportsEverythingElse() throws {
  let text = """
    name: hedge
    wieght: 3
    phrases: [a, b, {c: d}]
    count: many
    """
  let bag = DiagnosticBag()
  let root = try #require(YAMLDocument.parse(Data(text.utf8), path: "t.yaml", into: bag)?.root)
  let map = try #require(
    root.mapping(required: ["name", "phrases", "level"], optional: ["weight", "count"]))
  #expect(map.string("name") == "hedge")
  #expect(map.strings("phrases") == ["a", "b"])
  #expect(map.int("count") == nil)
  #expect(
    bag.diagnostics.map(\.headline) == [
      "t.yaml:2:1: error: unknown key 'wieght' (did you mean 'weight'?)",
      "t.yaml:1:1: error: missing required key 'level'",
      "t.yaml:3:17: error: 'phrases' item 3 must be a string, found a mapping",
      "t.yaml:4:8: error: 'count' must be a whole number, found a string",
    ])
}

@Test func everyDuplicateKeyIsReported() {
  let (document, diagnostics) = parse("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n")
  #expect(document == nil)
  #expect(
    diagnostics.map { $0.rendered(source: nil) } == [
      "t.yaml:4:3: error: duplicate key 'c'\nt.yaml:3:3: note: first defined here",
      "t.yaml:5:1: error: duplicate key 'a'\nt.yaml:1:1: note: first defined here",
    ])
}

@Test func scalarsAreReadAsWritten() throws {
  let bag = DiagnosticBag()
  let text = "a: yes\nb: 007\nc: no\nd:\n"
  let root = try #require(YAMLDocument.parse(Data(text.utf8), path: "t.yaml", into: bag)?.root)
  let map = try #require(root.mapping(optional: ["a", "b", "c", "d"]))
  #expect(map.string("a") == "yes")
  #expect(map.string("b") == "007")
  #expect(map.bool("c") == false)
  #expect(map.int("b", in: 1...5) == nil)
  #expect(map.string("d") == nil)
  #expect(
    bag.diagnostics.map(\.headline) == [
      "t.yaml:2:4: error: 'b' must be between 1 and 5, found 7",
      "t.yaml:4:3: error: 'd' must be a string, found nothing",
    ])
}

@Test func syntaxErrorsKeepTheirPlace() {
  let (document, diagnostics) = parse("a: 'open\nb: 2\n")
  #expect(document == nil)
  #expect(diagnostics.count == 1)
  #expect(diagnostics.first?.code.rawValue == "yaml-syntax")
  #expect(diagnostics.first?.location?.line == 3)
  #expect(
    diagnostics.first?.notes.first?.location == SourceLocation(file: "t.yaml", line: 1, column: 4))
}

@Test func emptyAndCommentOnlyFilesAreReported() {
  #expect(headlines("") == ["t.yaml:1:1: error: file is empty"])
  #expect(headlines("  \n\n") == ["t.yaml:1:1: error: file is empty"])
  #expect(
    headlines("# nothing\n") == ["t.yaml:1:1: error: file has no YAML content, only comments"])
}

@Test func invalidUTF8AndNULArePlaced() {
  let bag = DiagnosticBag()
  var bytes = Array("a: 1\nb: x".utf8)
  bytes.append(0xFF)
  #expect(YAMLDocument.parse(Data(bytes), path: "t.yaml", into: bag) == nil)
  #expect(bag.diagnostics.map(\.headline) == ["t.yaml:2:5: error: file is not valid UTF-8"])
  #expect(headlines("a: 1\nb: \u{0}") == ["t.yaml:2:4: error: file contains a NUL byte"])
}

private func aliasBomb(levels: Int, asKey: Bool = false) -> String {
  var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
  for level in 1...levels {
    let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
    lines.append("a\(level): &a\(level) [\(refs)]")
  }
  if asKey {
    lines.append("? *a\(levels)\n: boom")
  }
  return lines.joined(separator: "\n")
}

@Test func aliasBombIsRefusedBeforeComposing() {
  let (document, diagnostics) = parse(aliasBomb(levels: 9))
  #expect(document == nil)
  #expect(
    diagnostics.map(\.headline) == [
      "t.yaml:7:15: error: aliases expand this document past 1000000 nodes"
    ])
  // As a mapping key, a bomb would be hashed by the composer: it must be stopped before that.
  #expect(parse(aliasBomb(levels: 9, asKey: true)).1.map(\.code.rawValue) == ["too-many-aliases"])
}

@Test func aliasCountIsCapped() {
  let refs = Array(repeating: "*a", count: 101).joined(separator: ", ")
  let (document, diagnostics) = parse("a: &a 1\nb: [\(refs)]\n")
  #expect(document == nil)
  #expect(
    diagnostics.map(\.headline) == ["t.yaml:2:405: error: too many aliases (the limit is 100)"])
}

@Test func fewAliasesAreFine() throws {
  let (document, diagnostics) = parse("base: &b {x: 1}\none: *b\ntwo: *b\n")
  #expect(document != nil)
  #expect(diagnostics.isEmpty)
}

@Test(arguments: [100, 5000])
func deepNestingIsRefused(depth: Int) {
  let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
  let (document, diagnostics) = parse(text)
  #expect(document == nil)
  #expect(diagnostics.count == 1)
  #expect(diagnostics.first?.code.rawValue == "too-deep")
}

@Test func nonScalarKeysRefuseTheDocumentAndAreAllReported() throws {
  // No loader reads a list or a mapping as a key, and Yams would hash one while composing: such a
  // document is refused before it is built, with every such key (an alias of a collection too).
  let text = "base: &b [1]\n? [a, b]\n: 1\n{x: 1}: 2\n*b : 3\nok: 4\n"
  let (document, diagnostics) = parse(text)
  #expect(document == nil)
  #expect(
    diagnostics.map(\.headline) == [
      "t.yaml:2:3: error: keys must be plain strings, found a list",
      "t.yaml:4:1: error: keys must be plain strings, found a mapping",
      "t.yaml:5:1: error: keys must be plain strings, found an alias of a collection",
    ])
}

@Test func libyamlsOwnNestingLimitIsReportedAsOursAtTheBracketThatCrossesIt() {
  // libyaml counts brackets while scanning ahead and gives up at 1000 before any event is seen.
  // Brackets in quotes are not counted: the 64th open one is at column 75.
  let text = "a: 1\nc: [[ \"[[[\", " + String(repeating: "[", count: 5000)
  let (document, diagnostics) = parse(text)
  #expect(document == nil)
  #expect(
    diagnostics.map(\.headline) == [
      "t.yaml:2:75: error: nesting is too deep (the limit is 64 levels)"
    ])
}

@Test func filesOnDiskAreCheckedBeforeReading() throws {
  let directory = try TemporaryDirectory()
  func write(_ name: String, _ data: Data) throws -> String {
    let path = directory.path + "/" + name
    try data.write(to: URL(fileURLWithPath: path))
    return path
  }
  let big = try write("big.yaml", Data(repeating: UInt8(ascii: "a"), count: 2 << 20))
  let bag = DiagnosticBag()
  #expect(YAMLDocument.load(path: big, into: bag) == nil)
  #expect(YAMLDocument.load(path: directory.path, into: bag) == nil)
  #expect(YAMLDocument.load(path: directory.path + "/missing.yaml", into: bag) == nil)
  let good = try write("good.yaml", Data("a: 1\n".utf8))
  #expect(YAMLDocument.load(path: good, into: bag)?.root.mapping(optional: ["a"])?.int("a") == 1)
  #expect(
    bag.diagnostics.map { "\($0.code): \($0.message)" } == [
      "file-too-large: file is too large (2 MiB; the limit is 1 MiB)",
      "not-a-file: is a directory, not a YAML file",
      "unreadable-file: no such file",
    ])
}
