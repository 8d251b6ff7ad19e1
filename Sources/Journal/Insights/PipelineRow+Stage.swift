extension PipelineRow {
  /// The warnings the founder should act on: none once the lead is won, lost or parked, which
  /// takes it off the to-act list.
  public var actionableWarnings: [PipelineWarning] {
    lead.stage.isClosed ? [] : warnings
  }
}
