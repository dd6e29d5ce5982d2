// Records how often an article mentions a place. Params: $rows [{articleId, entityId, count}]. Returns: nothing.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (l:Location {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(l)
SET m.count = row.count
