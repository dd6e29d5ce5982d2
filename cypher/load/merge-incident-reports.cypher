// Writes each article's own reports of incidents (owned by the article, replaced with it) and marks them pending:
// the resolution stage (cypher/resolve/*) joins them into Incident nodes. Params: $rows [{id, articleId, props}]
// where props holds type, date, dateText, datePrecision, locationId, locationPrecision, placeKnown, periodFrom,
// periodTo, publishedAt, outletId, perpetratorIds, targetIds, summary, evidenceTexts, evidenceStarts,
// evidenceEnds. Returns: nothing.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (r:IncidentReport {id: row.id})
SET r += row.props, r.articleId = row.articleId, r.pending = true
MERGE (a)-[:HAS_REPORT]->(r)
