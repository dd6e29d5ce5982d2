// The actors whose derived relationships writing or replacing these articles can change. CO_REPORTED: the
// sources and relays of every claim about an incident the articles report, and of the articles' own claims.
// ADVERSARY_OF: the perpetrators and targets of those incidents and of the incidents the articles' claims are
// about (their pairs gain or lose incidents, or claims as evidence). Read before a batch replaces articles
// (what they contributed) and after a load (what they contribute now).
// Params: $ids (article ids). Returns: actorIds (one row).
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)<-[:REPORTED_IN]-(:Incident)<-[:ABOUT]-(:Claim)-[:ATTRIBUTED_TO|RELAYED_BY]->(x:Actor)
  RETURN x
  UNION
  MATCH (a)-[:CONTAINS]->(:Claim)-[:ATTRIBUTED_TO|RELAYED_BY]->(x:Actor)
  RETURN x
  UNION
  MATCH (a)<-[:REPORTED_IN]-(:Incident)-[:PERPETRATED|TARGETED]-(x:Actor)
  RETURN x
  UNION
  MATCH (a)-[:CONTAINS]->(:Claim)-[:ABOUT]->(:Incident)-[:PERPETRATED|TARGETED]-(x:Actor)
  RETURN x
}
RETURN collect(DISTINCT x.id) AS actorIds
