// Removes what an article contributed before it is written again (its text changed): its claims, mentions,
// outlet link and incident reports. Params: $ids (article ids). Returns: incidentIds (incidents it reported)
// and entityIds (actors and locations it mentioned), so that orphans can be removed in the same transaction.
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:CONTAINS]->(c:Claim)
WITH a, collect(DISTINCT c) AS claims
OPTIONAL MATCH (i:Incident)-[rep:REPORTED_IN]->(a)
WITH a, claims, collect(DISTINCT i.id) AS incidentIds, collect(rep) AS reports
OPTIONAL MATCH (a)-[m:MENTIONS]->(e)
WITH a, claims, incidentIds, reports, collect(DISTINCT e.id) AS entityIds, collect(m) AS mentions
OPTIONAL MATCH (a)-[p:PUBLISHED_BY]->()
FOREACH (c IN claims | DETACH DELETE c)
FOREACH (m IN mentions | DELETE m)
FOREACH (r IN reports | DELETE r)
DELETE p
RETURN incidentIds, entityIds
