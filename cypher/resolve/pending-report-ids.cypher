// Reports written or touched since they were last resolved, smallest ids first. Params: $limit.
// Returns: id.
MATCH (r:IncidentReport)
WHERE r.pending = true
RETURN r.id AS id
ORDER BY id
LIMIT toInteger($limit)
