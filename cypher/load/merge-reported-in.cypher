// Links incidents to every article that reports them (also those no claim sentence is about).
// Params: $rows [{incidentId, articleId}]. Returns: nothing.
UNWIND $rows AS row
MATCH (i:Incident {id: row.incidentId})
MATCH (a:Article {id: row.articleId})
MERGE (i)-[:REPORTED_IN]->(a)
