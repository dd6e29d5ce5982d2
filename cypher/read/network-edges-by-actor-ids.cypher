// The actor-network edges touching a set of actors, for actorNetwork and path (one call per hop).
// AFFILIATION: AFFILIATED_WITH (either way); ADVERSARY: perpetrator -> target of an incident; CO_REPORTED: two
// actors that are sources or relays of claims about the same incident. Params: $ids, $relations (subset of
// 'AFFILIATION', 'ADVERSARY', 'CO_REPORTED'), $limit (per relation).
// Returns: source, target (actor ids), relation, role (AFFILIATION only), weight, evidence (claim ids, at most 20).
CALL () {
  MATCH (s:Actor)-[rel:AFFILIATED_WITH]->(t:Actor)
  WHERE 'AFFILIATION' IN $relations AND (s.id IN $ids OR t.id IN $ids)
  RETURN s.id AS source, t.id AS target, 'AFFILIATION' AS relation, rel.role AS role, 1 AS weight,
    coalesce(rel.claimIds, [])[0..20] AS evidence
  LIMIT toInteger($limit)
  UNION ALL
  MATCH (s:Actor)-[:PERPETRATED]->(i:Incident)-[:TARGETED]->(t:Actor)
  WHERE 'ADVERSARY' IN $relations AND (s.id IN $ids OR t.id IN $ids) AND s <> t
  WITH s, t, collect(i) AS incidents
  CALL (incidents) {
    UNWIND incidents AS i
    MATCH (c:Claim)-[:ABOUT]->(i)
    WITH c ORDER BY c.id LIMIT 20
    RETURN collect(c.id) AS evidence
  }
  RETURN s.id AS source, t.id AS target, 'ADVERSARY' AS relation, null AS role, size(incidents) AS weight, evidence
  LIMIT toInteger($limit)
  UNION ALL
  MATCH (x:Actor)<-[:ATTRIBUTED_TO|RELAYED_BY]-(cx:Claim)-[:ABOUT]->(i:Incident)<-[:ABOUT]-(cy:Claim)-[:ATTRIBUTED_TO|RELAYED_BY]->(y:Actor)
  WHERE 'CO_REPORTED' IN $relations AND x.id IN $ids AND x <> y
  WITH CASE WHEN x.id < y.id THEN x.id ELSE y.id END AS source, CASE WHEN x.id < y.id THEN y.id ELSE x.id END AS target,
    collect(DISTINCT i.id) AS incidents, collect(DISTINCT cx.id) + collect(DISTINCT cy.id) AS claims
  RETURN source, target, 'CO_REPORTED' AS relation, null AS role, size(incidents) AS weight, claims[0..20] AS evidence
  LIMIT toInteger($limit)
}
RETURN source, target, relation, role, weight, evidence
