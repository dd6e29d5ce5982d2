// Removes what an article contributed before it is written again (its text changed): its claims, mentions,
// outlet link and incident reports, and the incidents those reports were part of; the other reports of those
// incidents are marked pending, so that resolution joins them again without this article's old version.
// Params: $ids (article ids). Returns: entityIds (actors and locations it mentioned), so that orphans can be
// removed in the same transaction.
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:CONTAINS]->(c:Claim)
WITH a, collect(DISTINCT c) AS claims
OPTIONAL MATCH (a)-[:HAS_REPORT]->(r:IncidentReport)
WITH a, claims, collect(DISTINCT r) AS reports
OPTIONAL MATCH (a)<-[:REPORTED_IN]-(i:Incident)
WITH a, claims, reports, collect(DISTINCT i) AS incidents
OPTIONAL MATCH (a)-[m:MENTIONS]->(e)
WITH a, claims, reports, incidents, collect(DISTINCT e.id) AS entityIds, collect(m) AS mentions
OPTIONAL MATCH (a)-[p:PUBLISHED_BY]->()
CALL (incidents, reports) {
  UNWIND incidents AS i
  MATCH (other:IncidentReport)-[:REPORT_OF]->(i)
  WHERE NOT other IN reports
  SET other.pending = true
}
FOREACH (c IN claims | DETACH DELETE c)
FOREACH (m IN mentions | DELETE m)
FOREACH (r IN reports | DETACH DELETE r)
FOREACH (i IN incidents | DETACH DELETE i)
DELETE p
RETURN entityIds
