// For each claim, the incident it is about. Params: $ids. Returns: key, node (Incident map), at most one row per id.
UNWIND $ids AS key
MATCH (:Claim {id: key})-[:ABOUT]->(i:Incident)
WITH key, head(collect(i)) AS i
RETURN key, i {.id, .type, .date, .dateText, .datePrecision, .locationPrecision, .summary} AS node
