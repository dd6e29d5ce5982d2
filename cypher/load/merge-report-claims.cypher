// Links claims to the report of their own article they speak about; resolution turns it into ABOUT the joined
// incident. Params: $rows [{claimId, reportId}]. Returns: nothing.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (r:IncidentReport {id: row.reportId})
MERGE (c)-[:CONCERNS]->(r)
