// Places incidents. Params: $rows [{incidentId, locationId}]. Returns: nothing.
UNWIND $rows AS row
MATCH (i:Incident {id: row.incidentId})
MATCH (l:Location {id: row.locationId})
MERGE (i)-[:OCCURRED_IN]->(l)
