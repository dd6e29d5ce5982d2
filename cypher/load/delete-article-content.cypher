// Removes what an article contributed before it is written again (its text changed): its claims, mentions and
// outlet link. Params: $ids (article ids). Returns: incidentIds (incidents its claims were ABOUT) and
// entityIds (actors and locations it mentioned), so that orphans can be removed in the same transaction.
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:CONTAINS]->(c:Claim)
OPTIONAL MATCH (c)-[:ABOUT]->(i:Incident)
WITH a, collect(DISTINCT c) AS claims, collect(DISTINCT i.id) AS incidentIds
OPTIONAL MATCH (a)-[m:MENTIONS]->(e)
WITH a, claims, incidentIds, collect(DISTINCT e.id) AS entityIds, collect(m) AS mentions
OPTIONAL MATCH (a)-[p:PUBLISHED_BY]->()
FOREACH (c IN claims | DETACH DELETE c)
FOREACH (m IN mentions | DELETE m)
DELETE p
RETURN incidentIds, entityIds
