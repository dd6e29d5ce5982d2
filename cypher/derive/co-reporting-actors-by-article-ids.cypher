// The actors whose CO_REPORTED relationships writing or replacing these articles can change: the sources and
// relays of every claim about an incident the articles report, and of the articles' own claims. Read before a
// batch replaces articles (what they contributed) and after a load (what they contribute now).
// Params: $ids (article ids). Returns: actorIds (one row).
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)<-[:REPORTED_IN]-(:Incident)<-[:ABOUT]-(:Claim)-[:ATTRIBUTED_TO|RELAYED_BY]->(x:Actor)
  RETURN x
  UNION
  MATCH (a)-[:CONTAINS]->(:Claim)-[:ATTRIBUTED_TO|RELAYED_BY]->(x:Actor)
  RETURN x
}
RETURN collect(DISTINCT x.id) AS actorIds
