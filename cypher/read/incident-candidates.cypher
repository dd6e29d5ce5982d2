// Stored incidents that a new incident could be the same as (the resolver decides; this returns a superset of what
// it can join). Dated: at the same place, or at a place one is PART_OF the other, dated within the key's window.
// Undated (either side): at the very same place, reported in an article published within the key's window.
// Params: $keys [{locationId, from, to, publishedFrom, publishedTo}] (ISO dates; from/to null when the new incident
// has no date, publishedFrom/publishedTo null when its article has none), $limit (per key).
// Returns: id, type, date, datePrecision, locationId, perpetratorIds, publishedAt (earliest reporting article).
// The cost of a key follows what it finds, not how busy its places are: dated incidents come from one seek of the
// occurred_in_place_date index per related place, undated ones from the articles of the publication window.
UNWIND $keys AS key
MATCH (here:Location {id: key.locationId})
CALL (here, key) {
  CALL (here, key) {
    CALL (here) {
      MATCH (here)-[:PART_OF*0..6]->(p:Location) RETURN p
      UNION
      MATCH (p:Location)-[:PART_OF*1..6]->(here) RETURN p
    }
    CALL (p, key) {
      MATCH (i:Incident)-[r:OCCURRED_IN]->(p)
      USING INDEX r:OCCURRED_IN(placeId, date)
      WHERE key.from IS NOT NULL AND r.placeId = p.id AND r.date >= key.from AND r.date <= key.to
      RETURN i
    }
    RETURN i, p
    UNION
    UNWIND CASE WHEN key.publishedFrom IS NULL THEN [] ELSE [key] END AS window
    MATCH (a:Article)<-[:REPORTED_IN]-(i:Incident)-[:OCCURRED_IN]->(here)
    USING INDEX a:Article(publishedAt)
    WHERE a.publishedAt >= window.publishedFrom AND a.publishedAt <= window.publishedTo
      AND (i.date IS NULL OR window.from IS NULL)
    RETURN i, here AS p
  }
  // Ordered before the cut so that the same stored graph always yields the same candidates.
  RETURN i, p.id AS locationId
  ORDER BY i.id, locationId
  LIMIT toInteger($limit)
}
WITH DISTINCT i, locationId
OPTIONAL MATCH (x:Actor)-[:PERPETRATED]->(i)
OPTIONAL MATCH (i)-[:REPORTED_IN]->(a:Article)
RETURN i.id AS id, i.type AS type, i.date AS date, i.datePrecision AS datePrecision, locationId,
       collect(DISTINCT x.id) AS perpetratorIds, min(a.publishedAt) AS publishedAt
