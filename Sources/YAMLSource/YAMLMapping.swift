import Diagnostics

/// A YAML mapping whose keys were checked by ``YAMLNode/mapping(required:optional:)``.
///
/// Accessors take a key and return the typed value, or nil when the key is absent (already reported
/// if it was required) or its value has the wrong type (reported at the value's mark).
public struct YAMLMapping {
  /// One key and its value, both with their places.
  public struct Entry {
    /// The key's text.
    public let key: String
    /// The key node (for diagnostics that point at the key).
    public let keyNode: YAMLNode
    /// The value node, labelled with the key for messages.
    public let value: YAMLNode
  }

  /// The mapping node itself.
  public let node: YAMLNode
  /// The valid entries in document order.
  public let entries: [Entry]

  /// The value node for a key, when present.
  public subscript(key: String) -> YAMLNode? {
    entries.first { $0.key == key }?.value
  }

  /// Whether a key is present.
  public func contains(_ key: String) -> Bool { self[key] != nil }

  /// Where a key is written, when present.
  public func keyLocation(_ key: String) -> SourceLocation? {
    entries.first { $0.key == key }?.keyNode.location
  }

  /// The string under a key.
  public func string(_ key: String) -> String? { self[key]?.string() }

  /// The whole number under a key, optionally within bounds.
  public func int(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
    self[key]?.int(in: range)
  }

  /// The decimal number under a key.
  public func double(_ key: String) -> Double? { self[key]?.double() }

  /// The boolean under a key.
  public func bool(_ key: String) -> Bool? { self[key]?.bool() }

  /// The list under a key.
  public func sequence(_ key: String) -> [YAMLNode]? { self[key]?.sequence() }

  /// The list of strings under a key.
  public func strings(_ key: String) -> [String]? { self[key]?.strings() }

  /// The mapping under a key, with its declared keys.
  public func mapping(_ key: String, required: [String] = [], optional: [String] = [])
    -> YAMLMapping?
  {
    self[key]?.mapping(required: required, optional: optional)
  }

  /// The list of mappings under a key, each with its declared keys; bad items are reported and
  /// left out.
  public func mappings(_ key: String, required: [String] = [], optional: [String] = [])
    -> [YAMLMapping]?
  {
    sequence(key)?.compactMap { $0.mapping(required: required, optional: optional) }
  }
}
