// Full-text search over actor and place names (entity_names) and claim sentences and incident summaries
// (claim_text), both with the Arabic analyzer. Params: $query (escaped Lucene), $limit.
// Returns: label ('Actor', 'Location', 'Claim' or 'Incident'), score, node (map of that label), best first.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
}
WITH node AS n, score ORDER BY score DESC, n.id LIMIT toInteger($limit)
RETURN CASE WHEN n:Actor THEN 'Actor' WHEN n:Location THEN 'Location' WHEN n:Claim THEN 'Claim' ELSE 'Incident' END AS label,
  score,
  CASE
    WHEN n:Actor THEN n {.id, .name, .nameEn, .kind, .aliases}
    WHEN n:Location THEN n {.id, .name, .nameEn, .kind, .aliases, latitude: n.point.latitude, longitude: n.point.longitude}
    WHEN n:Claim THEN n {.id, .articleId, .text, .start, .end, .stance, .killed, .injured, .casualties, .captured, .displaced, .victims, .qualifier, .vague}
    ELSE n {.id, .type, .date, .dateText, .datePrecision, .locationPrecision, .summary}
  END AS node
