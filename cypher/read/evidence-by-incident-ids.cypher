// For each incident, every claim about it with what provenance needs: the claim, its article (without text),
// the article's outlet, the original source and the relays by hop. Oldest article first, then text order.
// Params: $ids. Returns: key, items (list of {claim, article, outlet, source, relays: [{hop, node}]}), one row per id.
UNWIND $ids AS key
CALL (key) {
  MATCH (c:Claim)-[:ABOUT]->(:Incident {id: key})
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
  WITH c, r, outlet, source, relays ORDER BY r.publishedAt IS NULL, r.publishedAt, r.id, c.start, c.id
  RETURN collect({
    claim: c {.id, .articleId, .text, .start, .end, .stance, .killed, .injured, .casualties, .captured, .displaced, .victims, .qualifier, .vague},
    article: CASE WHEN r IS NULL THEN null ELSE r {.id, .title, .url, .publishedAt, .file, .outletId} END,
    outlet: outlet, source: source, relays: relays
  }) AS items
}
RETURN key, items
