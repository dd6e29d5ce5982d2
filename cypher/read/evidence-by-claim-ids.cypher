// For each claim, what its chain needs: the claim, its article (without text), the article's outlet, the
// original source and the relays by hop, and the incident it is about. Params: $ids.
// Returns: key, node ({claim, article, outlet, source, relays: [{hop, node}], incidentId}), at most one row per id.
UNWIND $ids AS key
MATCH (c:Claim {id: key})
OPTIONAL MATCH (r:Article)-[:CONTAINS]->(c)
CALL (r) {
  OPTIONAL MATCH (r)-[:PUBLISHED_BY]->(a:Actor)
  RETURN head(collect(a {.id, .name, .nameEn, .kind, .aliases})) AS outlet
}
CALL (c) {
  OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(a:Actor)
  RETURN head(collect(a {.id, .name, .nameEn, .kind, .aliases})) AS source
}
CALL (c) {
  OPTIONAL MATCH (c)-[rel:RELAYED_BY]->(a:Actor)
  WITH rel, a ORDER BY rel.hop, a.id
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {hop: rel.hop, node: a {.id, .name, .nameEn, .kind, .aliases}} END) AS relays
}
CALL (c) {
  OPTIONAL MATCH (c)-[:ABOUT]->(i:Incident)
  RETURN head(collect(i.id)) AS incidentId
}
WITH key, c, head(collect(r)) AS r, head(collect(outlet)) AS outlet, head(collect(source)) AS source,
  head(collect(relays)) AS relays, head(collect(incidentId)) AS incidentId
RETURN key, {
  claim: c {.id, .articleId, .text, .start, .end, .stance, .killed, .injured, .casualties, .captured, .displaced, .victims, .qualifier, .vague},
  article: CASE WHEN r IS NULL THEN null ELSE r {.id, .title, .url, .publishedAt, .file, .outletId} END,
  outlet: outlet, source: source, relays: relays, incidentId: incidentId
} AS node
