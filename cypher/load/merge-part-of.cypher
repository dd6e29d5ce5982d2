// Links places to the place they are part of. Params: $rows [{id, parentId}]. Returns: nothing.
UNWIND $rows AS row
MATCH (child:Location {id: row.id})
MATCH (parent:Location {id: row.parentId})
MERGE (child)-[:PART_OF]->(parent)
