// The actor-network edges touching a set of actors, for actorNetwork and path (one call per hop).
// AFFILIATION: AFFILIATED_WITH (either way); ADVERSARY and CO_REPORTED: the derived ADVERSARY_OF (perpetrator ->
// target of incidents) and CO_REPORTED (two actors that are sources or relays of claims about the same incident)
// relationships, kept up to date by the loader (cypher/derive/, docs/graph-model.md). Each relation has one
// branch per end, both anchored on the actor id index (an OR over the two ends would scan every relationship);
// the second branch leaves out edges whose other end is in $ids too, which the first already returned. Nodes
// reached through a relationship go unlabelled: its type says what they are (docs/graph-model.md), and a label
// check costs a read.
// Params: $ids, $relations (subset of 'AFFILIATION', 'ADVERSARY', 'CO_REPORTED'), $limit (per relation; no
// ORDER BY: sorting by weight reads every edge of the frontier, 3 to 4 times the work of a branch on a
// 10k-article graph, while actorNetwork's edge cap usually drops those rows at depth 2 anyway), $withEvidence
// (false: evidence is [] and the lists are neither read nor sent).
// Returns: source, target (actor ids), relation, role (AFFILIATION only), weight, evidence (claim ids, at most 20).
CALL () {
  CALL () {
    MATCH (s:Actor) USING INDEX s:Actor(id) WHERE s.id IN $ids AND 'AFFILIATION' IN $relations
    CALL (s) {
      MATCH (s)-[rel:AFFILIATED_WITH]->(t)
      RETURN rel, t
    }
    RETURN s, rel, t
    UNION ALL
    MATCH (t:Actor) USING INDEX t:Actor(id) WHERE t.id IN $ids AND 'AFFILIATION' IN $relations
    CALL (t) {
      MATCH (s)-[rel:AFFILIATED_WITH]->(t)
      WHERE NOT s.id IN $ids
      RETURN s, rel
    }
    RETURN s, rel, t
  }
  RETURN s.id AS source, t.id AS target, 'AFFILIATION' AS relation, rel.role AS role, 1 AS weight,
    CASE WHEN $withEvidence THEN coalesce(rel.claimIds, [])[0..20] ELSE [] END AS evidence
  LIMIT toInteger($limit)
  UNION ALL
  CALL () {
    MATCH (s:Actor) USING INDEX s:Actor(id) WHERE s.id IN $ids AND 'ADVERSARY' IN $relations
    CALL (s) {
      MATCH (s)-[rel:ADVERSARY_OF]->(t)
      RETURN rel, t
    }
    RETURN s, rel, t
    UNION ALL
    MATCH (t:Actor) USING INDEX t:Actor(id) WHERE t.id IN $ids AND 'ADVERSARY' IN $relations
    CALL (t) {
      MATCH (s)-[rel:ADVERSARY_OF]->(t)
      WHERE NOT s.id IN $ids
      RETURN s, rel
    }
    RETURN s, rel, t
  }
  RETURN s.id AS source, t.id AS target, 'ADVERSARY' AS relation, null AS role, rel.weight AS weight,
    CASE WHEN $withEvidence THEN rel.evidence ELSE [] END AS evidence
  LIMIT toInteger($limit)
  UNION ALL
  CALL () {
    MATCH (s:Actor) USING INDEX s:Actor(id) WHERE s.id IN $ids AND 'CO_REPORTED' IN $relations
    CALL (s) {
      MATCH (s)-[rel:CO_REPORTED]->(t)
      RETURN rel, t
    }
    RETURN s, rel, t
    UNION ALL
    MATCH (t:Actor) USING INDEX t:Actor(id) WHERE t.id IN $ids AND 'CO_REPORTED' IN $relations
    CALL (t) {
      MATCH (s)-[rel:CO_REPORTED]->(t)
      WHERE NOT s.id IN $ids
      RETURN s, rel
    }
    RETURN s, rel, t
  }
  RETURN s.id AS source, t.id AS target, 'CO_REPORTED' AS relation, null AS role, rel.weight AS weight,
    CASE WHEN $withEvidence THEN rel.evidence ELSE [] END AS evidence
  LIMIT toInteger($limit)
}
RETURN source, target, relation, role, weight, evidence
