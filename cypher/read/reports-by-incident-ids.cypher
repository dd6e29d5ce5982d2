// For each incident, what joined it: its merge reasons and every report (one article's account of it) with the
// article and the evidence spans. Oldest article first, then report id. Params: $ids. Returns: key, items (list
// of {report: {id, type, date, locationId, evidenceTexts, evidenceStarts, evidenceEnds}, article, mergeReasons}),
// one row per id.
UNWIND $ids AS key
MATCH (i:Incident {id: key})
CALL (i) {
  MATCH (r:IncidentReport)-[:REPORT_OF]->(i)
  OPTIONAL MATCH (a:Article {id: r.articleId})
  WITH r, a ORDER BY a.publishedAt IS NULL, a.publishedAt, r.id
  RETURN collect({
    report: r {.id, .type, .date, .locationId, .evidenceTexts, .evidenceStarts, .evidenceEnds},
    article: CASE WHEN a IS NULL THEN null ELSE a {.id, .title, .url, .publishedAt, .language, .file, .outletId, .loadedAt} END,
    mergeReasons: coalesce(i.mergeReasons, [])
  }) AS items
}
RETURN key, items
