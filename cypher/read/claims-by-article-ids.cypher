// For each article, one page of its claims in text order. Params: $ids, $stance (or null), $skip, $limit.
// Returns: key, total, page (Claim maps), one row per id.
UNWIND $ids AS key
CALL (key) {
  MATCH (:Article {id: key})-[:CONTAINS]->(c:Claim)
  WHERE $stance IS NULL OR c.stance = $stance
  WITH c ORDER BY c.start, c.id
  RETURN collect(c) AS found
}
RETURN key, size(found) AS total, [c IN found[$skip..$skip + $limit] | c {.id, .articleId, .text, .start, .end, .stance, .killed, .injured, .casualties, .captured, .displaced, .victims, .qualifier, .vague}] AS page
