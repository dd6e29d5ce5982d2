// Reports with what resolution compares, the other reports of their current incident, and the reports they are
// kept apart from. Params: $ids. Returns: id, articleId, outletId, publishedAt, type, locationId,
// locationPrecision, date, dateText, datePrecision, perpetratorIds, targetIds, summary, evidenceTexts, killed
// (figures of the claims about it), coMemberIds, keepApartIds; one row per found id.
UNWIND $ids AS key
MATCH (r:IncidentReport {id: key})
RETURN r.id AS id, r.articleId AS articleId, r.outletId AS outletId, r.publishedAt AS publishedAt, r.type AS type,
       r.locationId AS locationId, r.locationPrecision AS locationPrecision, r.date AS date, r.dateText AS dateText,
       r.datePrecision AS datePrecision, r.perpetratorIds AS perpetratorIds, r.targetIds AS targetIds,
       r.summary AS summary, r.evidenceTexts AS evidenceTexts,
       COLLECT { MATCH (c:Claim)-[:CONCERNS]->(r) WHERE c.killed IS NOT NULL RETURN c.killed } AS killed,
       COLLECT { MATCH (r)-[:REPORT_OF]->(:Incident)<-[:REPORT_OF]-(o:IncidentReport) WHERE o <> r RETURN o.id } AS coMemberIds,
       COLLECT { MATCH (r)-[:KEEP_APART]-(o:IncidentReport) RETURN o.id } AS keepApartIds
