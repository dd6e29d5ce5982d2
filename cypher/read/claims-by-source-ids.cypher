// For each actor, one page of the claims attributed to it as original source. Params: $ids, $stance (or null),
// $skip, $limit. Returns: key, total, page (Claim maps), one row per id.
UNWIND $ids AS key
CALL (key) {
  MATCH (c:Claim)-[:ATTRIBUTED_TO]->(:Actor {id: key})
  WHERE $stance IS NULL OR c.stance = $stance
  OPTIONAL MATCH (r:Article)-[:CONTAINS]->(c)
  WITH c, r ORDER BY r.publishedAt IS NULL, r.publishedAt DESC, r.id, c.start, c.id
  RETURN collect(c) AS found
}
RETURN key, size(found) AS total, [c IN found[$skip..$skip + $limit] | c {.id, .articleId, .text, .start, .end, .stance, .killed, .injured, .casualties, .captured, .displaced, .victims, .qualifier, .vague}] AS page
