// Stored incidents that a new incident could be the same as: at the same place, or at a place one is PART_OF
// the other, within a month when both dates are known. Params: $keys [{locationId, date}], $limit (per key).
// Returns: id, type, date, datePrecision, locationId, perpetratorIds, publishedAt (earliest reporting article).
UNWIND $keys AS key
MATCH (here:Location {id: key.locationId})
CALL (here, key) {
  CALL (here) {
    MATCH (here)-[:PART_OF*0..6]->(p:Location) RETURN p
    UNION
    MATCH (p:Location)-[:PART_OF*1..6]->(here) RETURN p
  }
  MATCH (i:Incident)-[:OCCURRED_IN]->(p)
  WHERE i.date IS NULL OR key.date IS NULL
     OR abs(duration.inDays(date(i.date), date(key.date)).days) <= 31
  // Ordered before the cut so that the same stored graph always yields the same candidates.
  RETURN i, p.id AS locationId
  ORDER BY i.id
  LIMIT toInteger($limit)
}
WITH DISTINCT i, locationId
OPTIONAL MATCH (x:Actor)-[:PERPETRATED]->(i)
OPTIONAL MATCH (i)-[:REPORTED_IN]->(a:Article)
RETURN i.id AS id, i.type AS type, i.date AS date, i.datePrecision AS datePrecision, locationId,
       collect(DISTINCT x.id) AS perpetratorIds, min(a.publishedAt) AS publishedAt
