// Undoes a join by hand: the two reports are never put in one incident again (until either article is replaced),
// and both are marked pending. Params: $a, $b (report ids). Returns: found (how many of the two exist).
MATCH (a:IncidentReport {id: $a}), (b:IncidentReport {id: $b})
MERGE (a)-[:KEEP_APART]->(b)
SET a.pending = true, b.pending = true
RETURN count(*) AS found
