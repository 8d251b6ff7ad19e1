import Testing

@testable import AdvanceCLI

@Test func placeholder() {
  #expect(Bool(true))
}
