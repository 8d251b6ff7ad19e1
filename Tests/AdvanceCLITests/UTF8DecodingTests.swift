import Testing

@testable import AdvanceCLI

struct UTF8DecodingTests {
  @Test(arguments: [
    ([0x61], UTF8Decoding.Step.scalar("a")),
    ([0xC3], .needMore),
    ([0xC3, 0xA9], .scalar("é")),
    ([0xF0, 0x9F, 0x9A], .needMore),
    ([0xF0, 0x9F, 0x9A, 0x80], .scalar("🚀")),
    ([0x80], .invalid),
    ([0xFF], .invalid),
    ([0xC3, 0x76], .invalid),
    ([0xE0, 0x80, 0x80], .invalid),
  ])
  func decodesOneScalarAtATime(bytes: [UInt8], step: UTF8Decoding.Step) {
    #expect(UTF8Decoding.decode(bytes) == step)
  }
}
