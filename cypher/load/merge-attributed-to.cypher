// Links claims to their original source. Params: $rows [{claimId, actorId}]. Returns: nothing.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (x:Actor {id: row.actorId})
MERGE (c)-[:ATTRIBUTED_TO]->(x)
