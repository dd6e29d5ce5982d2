// Recomputes every derived ADVERSARY_OF relationship (docs/graph-model.md), perpetrator by perpetrator, in
// batches of their own transactions (run it in an auto-commit transaction). Each pair is computed from its
// perpetrator, which owns the relationship (directed perpetrator -> target): weight = incidents the one
// PERPETRATED that TARGETED the other, evidence = the ids of the claims ABOUT those incidents (sorted, at most
// 20). Stale relationships are deleted, unchanged ones left alone. Params: none. Returns: actors (how many),
// droppedIds (actors of origin 'pattern' that lost an ADVERSARY_OF relationship, to be checked for orphans).
MATCH (s:Actor)
CALL (s) {
  CALL (s) {
    MATCH (s)-[:PERPETRATED]->(i:Incident)-[:TARGETED]->(t:Actor)
    WHERE t <> s
    WITH t, collect(DISTINCT i) AS incidents
    CALL (incidents) {
      UNWIND incidents AS i
      MATCH (c:Claim)-[:ABOUT]->(i)
      WITH DISTINCT c.id AS c ORDER BY c LIMIT 20
      RETURN collect(c) AS evidence
    }
    MERGE (s)-[r:ADVERSARY_OF]->(t)
    WITH t, r, size(incidents) AS weight, evidence
    CALL (r, weight, evidence) {
      WITH r, weight, evidence WHERE r.weight IS NULL OR r.weight <> weight OR r.evidence <> evidence
      SET r.weight = weight, r.evidence = evidence
    }
    RETURN collect(t) AS targets
  }
  OPTIONAL MATCH (s)-[old:ADVERSARY_OF]->(z)
  WHERE NOT z IN targets
  DELETE old
  WITH s, collect(z) AS dropped
  RETURN [a IN dropped + CASE WHEN size(dropped) > 0 THEN [s] ELSE [] END WHERE a.origin = 'pattern' | a.id] AS droppedIds
} IN TRANSACTIONS OF 50 ROWS
WITH count(*) AS actors, collect(droppedIds) AS lists
RETURN actors, reduce(ids = [], l IN lists | ids + [id IN l WHERE NOT id IN ids]) AS droppedIds
