// Links articles to their outlet. Params: $rows [{articleId, outletId}]. Returns: nothing.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (o:Actor {id: row.outletId})
MERGE (a)-[:PUBLISHED_BY]->(o)
