import Testing

@testable import PromptKit

@Test func placeholder() {
  #expect(Bool(true))
}
