/// What debrief notes contain: evidence, noise and earlyvangelist signs, each quoted.
public struct NotesReading: Sendable, Hashable, Codable {
  /// Every classified sentence, in order.
  public var findings: [Finding]
  /// Earlyvangelist signs, one per sign and sentence.
  public var earlyvangelist: [EarlyvangelistSign]

  /// Creates a reading.
  public init(findings: [Finding], earlyvangelist: [EarlyvangelistSign]) {
    self.findings = findings
    self.earlyvangelist = earlyvangelist
  }

  /// The sentences of one kind.
  public func quotes(_ kind: Finding.Kind) -> [String] {
    findings.filter { $0.kind == kind }.map(\.text)
  }

  /// How many sentences are of one kind.
  public func count(_ kind: Finding.Kind) -> Int {
    findings.count { $0.kind == kind }
  }

  /// Whether most earlyvangelist signs show: at least three of the six.
  public var isEarlyvangelist: Bool { distinctSigns.count >= 3 }

  /// The distinct earlyvangelist signs found.
  public var distinctSigns: [String] {
    var seen: Set<String> = []
    return earlyvangelist.map(\.sign).filter { seen.insert($0).inserted }
  }
}
