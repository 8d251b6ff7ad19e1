import Foundation
import GRDB
import Vocabulary

extension JournalStore {
  /// Finished meetings' notes, replies and asks, and every step, that hold the query's words,
  /// newest first (the best match first within a day), through the FTS5 tables v6 keeps in
  /// step with the journal.
  ///
  /// - Returns: the hits, at most `query.limit`; none when the query has no word.
  /// - Throws: `JournalError` when the journal cannot be read.
  public func search(_ query: SearchQuery) throws(JournalError) -> [SearchHit] {
    guard let match = query.match else { return [] }
    let filters = """
      AND (:lead IS NULL OR l.id = :lead) AND (:stage IS NULL OR l.stage = :stage)
      AND (:from IS NULL OR day >= :from) AND (:through IS NULL OR day <= :through)
      """
    let marks = "char(2), char(3), '…', 12"
    let sql = """
      SELECT kind, meetingId, stepId, day, name, company, stage, snip FROM (
        SELECT a.questionId AS kind, m.id AS meetingId, NULL AS stepId, m.day AS day,
               l.id, l.name AS name, l.company AS company, l.stage AS stage,
               snippet(answerText, 0, \(marks)) AS snip, bm25(answerText) AS rank
        FROM answerText
        JOIN answer AS a ON a.rowid = answerText.rowid
        JOIN meeting AS m ON m.id = a.meetingId
        JOIN lead AS l ON l.id = m.leadId
        WHERE answerText MATCH :match AND m.status = 'done' \(filters)
        UNION ALL
        SELECT 'step', c.meetingId, c.id, COALESCE(m.day, substr(c.createdAt, 1, 10)) AS day,
               l.id, l.name, l.company, l.stage,
               snippet(stepText, 0, \(marks)), bm25(stepText)
        FROM stepText
        JOIN commitment AS c ON c.rowid = stepText.rowid
        LEFT JOIN meeting AS m ON m.id = c.meetingId
        JOIN lead AS l ON l.id = c.leadId
        WHERE stepText MATCH :match \(filters)
      )
      ORDER BY day DESC, rank, meetingId, stepId
      LIMIT :limit
      """
    let arguments: StatementArguments = [
      "match": match, "lead": query.leadId, "stage": query.stage?.rawValue,
      "from": query.from?.description, "through": query.through?.description,
      "limit": query.limit,
    ]
    return try read { db in
      var hits: [SearchHit] = []
      try db.forEachRow(sql: sql, arguments: arguments) { row in
        let kindText = try row.required(0)
        guard let kind = kindText == "step" ? .step : SearchHit.Kind(questionId: kindText) else {
          return
        }
        hits.append(
          SearchHit(
            kind: kind, leadName: try row.required(4), leadCompany: try row.required(5),
            leadStage: .init(stored: try row.required(6)), day: try row.day(3),
            meetingId: row.string(1), stepId: row.string(2), snippet: try row.required(7)))
      }
      return hits
    }
  }
}
