// Links claims to the incident they speak about. Params: $rows [{claimId, incidentId}]. Returns: nothing.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (i:Incident {id: row.incidentId})
MERGE (c)-[:ABOUT]->(i)
