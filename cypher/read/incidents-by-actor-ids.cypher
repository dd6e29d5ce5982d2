// For each actor, one page of the incidents it perpetrated or was targeted in, latest first. Params: $ids,
// $role ('PERPETRATOR', 'TARGET' or null for both), $types, $from, $to, $locationId, $actorId, $outletId, $stance (each null = no filter), $skip, $limit.
// Returns: key, total, page (Incident maps), one row per id.
UNWIND $ids AS key
CALL (key) {
  MATCH (a:Actor {id: key})
  CALL (a) {
    MATCH (a)-[:PERPETRATED]->(i:Incident) WHERE $role IS NULL OR $role = 'PERPETRATOR' RETURN i
    UNION
    MATCH (i:Incident)-[:TARGETED]->(a) WHERE $role IS NULL OR $role = 'TARGET' RETURN i
  }
  WITH DISTINCT i
  WHERE ($types IS NULL OR i.type IN $types)
  AND ($from IS NULL OR i.date >= $from)
  AND ($to IS NULL OR i.date <= $to)
  AND ($locationId IS NULL OR EXISTS { (i)-[:OCCURRED_IN]->(:Location)-[:PART_OF*0..]->(:Location {id: $locationId}) })
  AND ($actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:PERPETRATED]->(i) } OR EXISTS { (i)-[:TARGETED]->(:Actor {id: $actorId}) })
  AND ($outletId IS NULL OR EXISTS { (:Actor {id: $outletId})<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(:Claim)-[:ABOUT]->(i) })
  AND ($stance IS NULL OR EXISTS { (:Claim {stance: $stance})-[:ABOUT]->(i) })
  WITH i ORDER BY i.date IS NULL, i.date DESC, i.id
  RETURN collect(i) AS found
}
RETURN key, size(found) AS total, [i IN found[$skip..$skip + $limit] | i {.id, .type, .date, .dateText, .datePrecision, .locationPrecision, .summary}] AS page
