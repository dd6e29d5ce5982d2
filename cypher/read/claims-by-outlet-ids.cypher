// For each outlet, one page of the claims in the articles it published. Params: $ids, $stance (or null),
// $skip, $limit. Returns: key, total, page (Claim maps), one row per id.
UNWIND $ids AS key
CALL (key) {
  MATCH (:Actor {id: key})<-[:PUBLISHED_BY]-(r:Article)-[:CONTAINS]->(c:Claim)
  WHERE $stance IS NULL OR c.stance = $stance
  WITH c, r ORDER BY r.publishedAt IS NULL, r.publishedAt DESC, r.id, c.start, c.id
  RETURN collect(c) AS found
}
RETURN key, size(found) AS total, [c IN found[$skip..$skip + $limit] | c {.id, .articleId, .text, .start, .end, .stance, .killed, .injured, .casualties, .captured, .displaced, .victims, .qualifier, .vague}] AS page
