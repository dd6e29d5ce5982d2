// Places incidents; the relationship carries the place id and the incident's date for the occurred_in_place_date
// index. Params: $rows [{incidentId, locationId}] (after merge-resolved-incidents). Returns: nothing.
UNWIND $rows AS row
MATCH (i:Incident {id: row.incidentId})
MATCH (l:Location {id: row.locationId})
MERGE (i)-[r:OCCURRED_IN]->(l)
SET r.placeId = l.id, r.date = i.date
