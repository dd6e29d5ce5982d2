// Links perpetrators to incidents. Params: $rows [{actorId, incidentId}]. Returns: nothing.
UNWIND $rows AS row
MATCH (x:Actor {id: row.actorId})
MATCH (i:Incident {id: row.incidentId})
MERGE (x)-[:PERPETRATED]->(i)
