// One page of incidents, latest first, matching the researcher's filters. Params: $types, $from, $to, $locationId, $actorId, $outletId, $stance (each null = no filter), $skip, $limit.
// The location filter includes every place PART_OF the given one. Returns one row: total, page (Incident maps).
MATCH (i:Incident)
WHERE ($types IS NULL OR i.type IN $types)
  AND ($from IS NULL OR i.date >= $from)
  AND ($to IS NULL OR i.date <= $to)
  AND ($locationId IS NULL OR EXISTS { (i)-[:OCCURRED_IN]->(:Location)-[:PART_OF*0..]->(:Location {id: $locationId}) })
  AND ($actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:PERPETRATED]->(i) } OR EXISTS { (i)-[:TARGETED]->(:Actor {id: $actorId}) })
  AND ($outletId IS NULL OR EXISTS { (:Actor {id: $outletId})<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(:Claim)-[:ABOUT]->(i) })
  AND ($stance IS NULL OR EXISTS { (:Claim {stance: $stance})-[:ABOUT]->(i) })
WITH i ORDER BY i.date IS NULL, i.date DESC, i.id
WITH collect(i) AS found
RETURN size(found) AS total, [i IN found[$skip..$skip + $limit] | i {.id, .type, .date, .dateText, .datePrecision, .locationPrecision, .summary}] AS page
