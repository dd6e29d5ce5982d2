// Writes the incidents resolution computed from their reports, with links to the reports, the articles that
// report them and the claims about them. Params: $rows [{id, reportIds, props}] where props holds type, date,
// dateText, datePrecision, locationPrecision, summary, mergedFrom, mergeReasons. Returns: nothing.
UNWIND $rows AS row
MERGE (i:Incident {id: row.id})
SET i += row.props
WITH i, row
UNWIND row.reportIds AS reportId
MATCH (r:IncidentReport {id: reportId})
MERGE (r)-[:REPORT_OF]->(i)
WITH i, r
MATCH (a:Article {id: r.articleId})
MERGE (i)-[:REPORTED_IN]->(a)
WITH i, r
OPTIONAL MATCH (c:Claim)-[:CONCERNS]->(r)
FOREACH (claim IN CASE WHEN c IS NULL THEN [] ELSE [c] END | MERGE (claim)-[:ABOUT]->(i))
