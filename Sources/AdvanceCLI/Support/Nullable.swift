/// An optional that JSON output writes as `null` instead of leaving its key out: the tools that
/// read `--json` rely on every documented key being there.
// swift-format-ignore: UseSynthesizedInitializer
@propertyWrapper
struct Nullable<Value: Encodable>: Encodable {
  var wrappedValue: Value?

  // Declared, not synthesized: only then do the memberwise initializers of the types using
  // the wrapper take a plain optional.
  init(wrappedValue: Value?) {
    self.wrappedValue = wrappedValue
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue {
      try container.encode(wrappedValue)
    } else {
      try container.encodeNil()
    }
  }
}
