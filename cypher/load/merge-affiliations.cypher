// Links actors by affiliation. Params: $rows [{from, to, role, source, claimIds}]. Returns: nothing.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH {role: row.role}]->(b)
SET r.source = coalesce(r.source, row.source),
    r.claimIds = coalesce(r.claimIds, []) + [c IN row.claimIds WHERE NOT c IN coalesce(r.claimIds, [])]
