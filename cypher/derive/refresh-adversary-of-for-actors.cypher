// Recomputes the derived ADVERSARY_OF relationships (docs/graph-model.md) of the given actors, in one
// transaction: every pair where one of them is the perpetrator or the target, whatever the other end. A pair
// depends only on its two actors (weight = incidents the first PERPETRATED that TARGETED the second; evidence:
// the ids of the claims ABOUT those incidents, sorted, at most 20), so computing it from either end is exact.
// The relationship goes from the perpetrator to the target (both ways when each targeted the other); stale ones
// are deleted, unchanged ones left alone. Params: $ids (actor ids). Returns: actors (how many of $ids exist).
UNWIND $ids AS id
MATCH (x:Actor {id: id})
CALL (x) {
  MATCH (x)-[:PERPETRATED]->(i:Incident)-[:TARGETED]->(t:Actor)
  WHERE t <> x
  WITH t, collect(DISTINCT i) AS incidents
  CALL (incidents) {
    UNWIND incidents AS i
    MATCH (c:Claim)-[:ABOUT]->(i)
    WITH DISTINCT c.id AS c ORDER BY c LIMIT 20
    RETURN collect(c) AS evidence
  }
  MERGE (x)-[r:ADVERSARY_OF]->(t)
  WITH t, r, size(incidents) AS weight, evidence
  CALL (r, weight, evidence) {
    WITH r, weight, evidence WHERE r.weight IS NULL OR r.weight <> weight OR r.evidence <> evidence
    SET r.weight = weight, r.evidence = evidence
  }
  RETURN collect(t) AS targets
}
CALL (x) {
  MATCH (s:Actor)-[:PERPETRATED]->(i:Incident)-[:TARGETED]->(x)
  WHERE s <> x
  WITH s, collect(DISTINCT i) AS incidents
  CALL (incidents) {
    UNWIND incidents AS i
    MATCH (c:Claim)-[:ABOUT]->(i)
    WITH DISTINCT c.id AS c ORDER BY c LIMIT 20
    RETURN collect(c) AS evidence
  }
  MERGE (s)-[r:ADVERSARY_OF]->(x)
  WITH s, r, size(incidents) AS weight, evidence
  CALL (r, weight, evidence) {
    WITH r, weight, evidence WHERE r.weight IS NULL OR r.weight <> weight OR r.evidence <> evidence
    SET r.weight = weight, r.evidence = evidence
  }
  RETURN collect(s) AS perpetrators
}
CALL (x, targets) {
  MATCH (x)-[old:ADVERSARY_OF]->(z)
  WHERE NOT z IN targets
  DELETE old
}
CALL (x, perpetrators) {
  MATCH (z)-[old:ADVERSARY_OF]->(x)
  WHERE NOT z IN perpetrators
  DELETE old
}
RETURN count(x) AS actors
