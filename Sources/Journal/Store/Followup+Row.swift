import Vocabulary

extension Followup {
  /// The columns a followup is read from, in order; the query joins `commitment` to `lead`.
  static let columns = """
    commitment.id, commitment.what, commitment.due, commitment.owner, lead.name, lead.company
    """

  /// A followup read from a row of ``columns``.
  init(row: some ColumnSource, today: JournalDay) throws {
    self.init(
      commitment: OpenStep(
        id: try row.required(0), what: try row.required(1), due: try row.optionalDue(2),
        owner: try row.party(3)),
      leadName: try row.required(4), leadCompany: try row.required(5), today: today)
  }
}
