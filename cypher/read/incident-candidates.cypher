// Stored incidents that a new incident could be the same as (the resolver decides; this returns a superset of what
// it can join). Dated: at the same place, or at a place one is PART_OF the other, dated within the key's window.
// Undated (either side): at the very same place, reported in an article published within the key's window.
// Params: $keys [{locationId, from, to, publishedFrom, publishedTo}] (ISO dates; from/to null when the new incident
// has no date, publishedFrom/publishedTo null when its article has none), $denseAbove (a place with more incidents
// than this is searched through the incident_date index instead of its relationships), $limit (per key).
// Returns: id, type, date, datePrecision, locationId, perpetratorIds, publishedAt (earliest reporting article).
// Cost per key stays bounded as the graph grows: small places are expanded, dense ones (a governorate, the
// country) are reached from the incidents of the date window, and undated ones from the articles of theirs.
UNWIND $keys AS key
MATCH (here:Location {id: key.locationId})
CALL (here, key) {
  CALL (here) {
    MATCH (here)-[:PART_OF*0..6]->(p:Location) RETURN p
    UNION
    MATCH (p:Location)-[:PART_OF*1..6]->(here) RETURN p
  }
  WITH p, COUNT { (p)<-[:OCCURRED_IN]-() } AS placed
  WITH collect(CASE WHEN placed <= $denseAbove THEN p END) AS sparse, collect(CASE WHEN placed > $denseAbove THEN p END) AS dense
  CALL (here, key, sparse, dense) {
    UNWIND CASE WHEN key.from IS NULL THEN [] ELSE sparse END AS p
    MATCH (p)<-[:OCCURRED_IN]-(i:Incident)
    WHERE i.date >= key.from AND i.date <= key.to
    RETURN i, p
    UNION
    UNWIND CASE WHEN key.from IS NULL OR size(dense) = 0 THEN [] ELSE [key] END AS window
    MATCH (i:Incident) WHERE i.date >= window.from AND i.date <= window.to
    MATCH (i)-[:OCCURRED_IN]->(p) WHERE p IN dense
    RETURN i, p
    UNION
    UNWIND CASE WHEN key.publishedFrom IS NULL THEN [] ELSE [key] END AS window
    MATCH (a:Article) WHERE a.publishedAt >= window.publishedFrom AND a.publishedAt <= window.publishedTo
    MATCH (a)<-[:REPORTED_IN]-(i:Incident)-[:OCCURRED_IN]->(here)
    WHERE i.date IS NULL OR window.from IS NULL
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
