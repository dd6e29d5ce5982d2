// Links claims to each relay, hop 1 nearest the source. Params: $rows [{claimId, actorId, hop}]. Returns: nothing.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (x:Actor {id: row.actorId})
MERGE (c)-[r:RELAYED_BY {hop: row.hop}]->(x)
