// Creates claims inside their article. Params: $rows [{id, articleId, props: {text, start, end, stance, killed,
// injured, casualties, captured, displaced, victims, qualifier, vague}}]. Returns: nothing.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (c:Claim {id: row.id})
SET c += row.props, c.articleId = row.articleId
MERGE (a)-[:CONTAINS]->(c)
