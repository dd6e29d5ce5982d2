// One page of incidents, latest first (undated last, then by id), matching the researcher's filters.
// Params: $types, $from, $to, $locationId, $actorId, $outletId, $stance (each null = no filter), $skip, $limit.
// The location filter includes every place PART_OF the given one. Returns one row: total, page (Incident maps).
// A page costs a page: without a place, the dated incidents are read latest first from the incident_date index
// and the read stops once skip + limit match; with a place, only that place's incidents are read. Only the
// total counts every match.
// Without any filter the count store answers; else only the incidents of the narrowest indexed filter are read.
CALL () {
  MATCH (i:Incident) RETURN count(i) AS everything
}
CALL (everything) {
  UNWIND CASE WHEN coalesce($types, $from, $to, $locationId, $actorId, $outletId, $stance) IS NULL THEN [] ELSE [true] END AS filtered
  CALL () {
    UNWIND CASE WHEN $locationId IS NULL THEN [] ELSE [$locationId] END AS placeId
    MATCH (:Location {id: placeId})<-[:PART_OF*0..]-(:Location)<-[:OCCURRED_IN]-(i:Incident)
    RETURN DISTINCT i
    UNION
    UNWIND CASE WHEN $locationId IS NULL AND $types IS NOT NULL THEN [true] ELSE [] END AS byType
    MATCH (i:Incident) WHERE i.type IN $types
    RETURN i
    UNION
    UNWIND CASE WHEN $locationId IS NULL AND $types IS NULL AND coalesce($from, $to) IS NOT NULL THEN [true] ELSE [] END AS byDate
    MATCH (i:Incident) WHERE i.date >= coalesce($from, '') AND i.date <= coalesce($to, '\uffff')
    RETURN i
    UNION
    UNWIND CASE WHEN coalesce($locationId, $types, $from, $to) IS NULL THEN [true] ELSE [] END AS byRest
    MATCH (i:Incident)
    RETURN i
  }
  WITH i
  WHERE ($types IS NULL OR i.type IN $types)
    AND ($from IS NULL OR i.date >= $from)
    AND ($to IS NULL OR i.date <= $to)
    AND ($actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:PERPETRATED]->(i) } OR EXISTS { (i)-[:TARGETED]->(:Actor {id: $actorId}) })
    AND ($outletId IS NULL OR EXISTS { (:Actor {id: $outletId})<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(:Claim)-[:ABOUT]->(i) })
    AND ($stance IS NULL OR EXISTS { (:Claim {stance: $stance})-[:ABOUT]->(i) })
  RETURN count(i) AS matching
}
WITH CASE WHEN coalesce($types, $from, $to, $locationId, $actorId, $outletId, $stance) IS NULL THEN everything ELSE matching END AS total
CALL () {
  CALL () {
    MATCH (i:Incident)
    WHERE $locationId IS NULL AND i.date >= coalesce($from, '') AND i.date <= coalesce($to, '\uffff')
      AND ($types IS NULL OR i.type IN $types)
      AND ($actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:PERPETRATED]->(i) } OR EXISTS { (i)-[:TARGETED]->(:Actor {id: $actorId}) })
      AND ($outletId IS NULL OR EXISTS { (:Actor {id: $outletId})<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(:Claim)-[:ABOUT]->(i) })
      AND ($stance IS NULL OR EXISTS { (:Claim {stance: $stance})-[:ABOUT]->(i) })
    RETURN i ORDER BY i.date DESC, i.id LIMIT toInteger($skip + $limit)
    UNION ALL
    UNWIND CASE WHEN $locationId IS NULL THEN [] ELSE [$locationId] END AS placeId
    MATCH (:Location {id: placeId})<-[:PART_OF*0..]-(:Location)<-[:OCCURRED_IN]-(i:Incident)
    WITH DISTINCT i
    WHERE ($types IS NULL OR i.type IN $types)
      AND ($from IS NULL OR i.date >= $from)
      AND ($to IS NULL OR i.date <= $to)
      AND ($actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:PERPETRATED]->(i) } OR EXISTS { (i)-[:TARGETED]->(:Actor {id: $actorId}) })
      AND ($outletId IS NULL OR EXISTS { (:Actor {id: $outletId})<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(:Claim)-[:ABOUT]->(i) })
      AND ($stance IS NULL OR EXISTS { (:Claim {stance: $stance})-[:ABOUT]->(i) })
    RETURN i ORDER BY i.date IS NULL, i.date DESC, i.id LIMIT toInteger($skip + $limit)
  }
  RETURN collect(i) AS first
}
CALL (first) {
  // Undated incidents come after every dated one: read only when the dated ones do not reach the page's end.
  // Read in id order from the incident_id index, stopping at the page's end.
  MATCH (i:Incident)
  WHERE $locationId IS NULL AND $from IS NULL AND $to IS NULL AND size(first) < $skip + $limit
    AND i.id >= '' AND i.date IS NULL
    AND ($types IS NULL OR i.type IN $types)
    AND ($actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:PERPETRATED]->(i) } OR EXISTS { (i)-[:TARGETED]->(:Actor {id: $actorId}) })
    AND ($outletId IS NULL OR EXISTS { (:Actor {id: $outletId})<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(:Claim)-[:ABOUT]->(i) })
    AND ($stance IS NULL OR EXISTS { (:Claim {stance: $stance})-[:ABOUT]->(i) })
  WITH i ORDER BY i.id LIMIT toInteger($skip + $limit)
  RETURN collect(i) AS undated
}
WITH total, first + undated AS ordered
RETURN total, [i IN ordered[$skip..$skip + $limit] | i {.id, .type, .date, .dateText, .datePrecision, .locationPrecision, .summary}] AS page
