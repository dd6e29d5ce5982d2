// Marks reports resolved. Params: $ids. Returns: nothing.
UNWIND $ids AS id
MATCH (r:IncidentReport {id: id})
SET r.pending = false
