// Recomputes the derived CO_REPORTED relationships (docs/graph-model.md) of the given actors, in one
// transaction: every pair with one of them, whatever the other end. A pair's weight depends only on its two
// actors (incidents about which they are sources or relays of two different claims; evidence: those claims'
// ids, sorted, at most 20), so computing it from one end is exact. The relationship goes from the smaller id to
// the larger; stale ones are deleted, unchanged ones left alone. Params: $ids (actor ids). Returns: actors
// (how many of $ids exist).
UNWIND $ids AS id
MATCH (x:Actor {id: id})
CALL (x) {
  MATCH (x)<-[:ATTRIBUTED_TO|RELAYED_BY]-(cx:Claim)-[:ABOUT]->(i:Incident)<-[:ABOUT]-(cy:Claim)-[:ATTRIBUTED_TO|RELAYED_BY]->(y:Actor)
  WHERE y <> x
  WITH y, count(DISTINCT i) AS weight, collect(DISTINCT cx.id) + collect(DISTINCT cy.id) AS claims
  CALL (claims) {
    UNWIND claims AS c
    WITH DISTINCT c ORDER BY c LIMIT 20
    RETURN collect(c) AS evidence
  }
  WITH y, weight, evidence, CASE WHEN x.id < y.id THEN [x, y] ELSE [y, x] END AS ends
  WITH y, weight, evidence, ends[0] AS a, ends[1] AS b
  MERGE (a)-[r:CO_REPORTED]->(b)
  WITH y, r, weight, evidence
  CALL (r, weight, evidence) {
    WITH r, weight, evidence WHERE r.weight IS NULL OR r.weight <> weight OR r.evidence <> evidence
    SET r.weight = weight, r.evidence = evidence
  }
  RETURN collect(y) AS partners
}
CALL (x, partners) {
  MATCH (x)-[old:CO_REPORTED]-(z)
  WHERE NOT z IN partners
  DELETE old
}
RETURN count(x) AS actors
