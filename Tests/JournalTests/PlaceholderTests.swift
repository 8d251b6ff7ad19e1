import Testing

@testable import Journal

@Test func placeholder() {
  #expect(Bool(true))
}
