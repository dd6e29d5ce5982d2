// Links incidents to the actors they targeted. Params: $rows [{incidentId, actorId}]. Returns: nothing.
UNWIND $rows AS row
MATCH (i:Incident {id: row.incidentId})
MATCH (x:Actor {id: row.actorId})
MERGE (i)-[:TARGETED]->(x)
