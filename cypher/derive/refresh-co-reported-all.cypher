// Recomputes every derived CO_REPORTED relationship (docs/graph-model.md), actor by actor, in batches of their
// own transactions (run it in an auto-commit transaction). Each pair is computed from its smaller id, which
// owns the relationship (directed smaller -> larger): weight = incidents about which the two actors are sources
// or relays of two different claims, evidence = those claims' ids (sorted, at most 20). Stale relationships
// are deleted, unchanged ones left alone. Params: none. Returns: actors (how many), droppedIds (actors of
// origin 'pattern' that lost a CO_REPORTED relationship, to be checked for orphans).
MATCH (x:Actor)
CALL (x) {
  CALL (x) {
    MATCH (x)<-[:ATTRIBUTED_TO|RELAYED_BY]-(cx:Claim)-[:ABOUT]->(i:Incident)<-[:ABOUT]-(cy:Claim)-[:ATTRIBUTED_TO|RELAYED_BY]->(y:Actor)
    WHERE y.id > x.id
    WITH y, count(DISTINCT i) AS weight, collect(DISTINCT cx.id) + collect(DISTINCT cy.id) AS claims
    CALL (claims) {
      UNWIND claims AS c
      WITH DISTINCT c ORDER BY c LIMIT 20
      RETURN collect(c) AS evidence
    }
    MERGE (x)-[r:CO_REPORTED]->(y)
    WITH y, r, weight, evidence
    CALL (r, weight, evidence) {
      WITH r, weight, evidence WHERE r.weight IS NULL OR r.weight <> weight OR r.evidence <> evidence
      SET r.weight = weight, r.evidence = evidence
    }
    RETURN collect(y) AS partners
  }
  OPTIONAL MATCH (x)-[old:CO_REPORTED]->(z)
  WHERE NOT z IN partners
  DELETE old
  WITH x, collect(z) AS dropped
  RETURN [a IN dropped + CASE WHEN size(dropped) > 0 THEN [x] ELSE [] END WHERE a.origin = 'pattern' | a.id] AS droppedIds
} IN TRANSACTIONS OF 50 ROWS
WITH count(*) AS actors, collect(droppedIds) AS lists
RETURN actors, reduce(ids = [], l IN lists | ids + [id IN l WHERE NOT id IN ids]) AS droppedIds
