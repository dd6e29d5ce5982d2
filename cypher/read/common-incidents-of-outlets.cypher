// The incidents both outlets reported (claims about them in articles of each), latest first.
// Params: $a, $b (outlet ids), $limit. Returns: node (Incident map), one row per incident.
MATCH (:Actor {id: $a})<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(:Claim)-[:ABOUT]->(i:Incident)
WITH DISTINCT i
WHERE EXISTS { (:Actor {id: $b})<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(:Claim)-[:ABOUT]->(i) }
WITH i ORDER BY i.date IS NULL, i.date DESC, i.id
LIMIT toInteger($limit)
RETURN i {.id, .type, .date, .dateText, .datePrecision, .locationPrecision, .summary} AS node
