// Records how often an article mentions an actor. Params: $rows [{articleId, entityId, count}]. Returns: nothing.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (x:Actor {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(x)
SET m.count = row.count
