// Every stored report that could be the same event as a given one (compareReports decides; this returns a superset
// of what it can join): a report whose period meets the key's days (an index range on periodFrom: no period is
// longer than the key's lookback), at a related place or at one outside the place tree; and, when either has no
// period (no date, no publication date), a report at one of the key's closely related places. Params: $keys [{index, from, to, earliest,
// placeIds (null: any place), strictPlaceIds}] (from/to null when the report has no period). Returns: keyIndex and
// the columns of reports-by-ids.cypher.
UNWIND $keys AS key
CALL (key) {
  MATCH (r:IncidentReport)
  WHERE key.from IS NOT NULL AND r.periodFrom >= key.earliest AND r.periodFrom <= key.to AND r.periodTo >= key.from
    AND (key.placeIds IS NULL OR r.placeKnown = false OR r.locationId IN key.placeIds)
  RETURN r
  UNION
  MATCH (r:IncidentReport)
  WHERE r.locationId IN key.strictPlaceIds AND (key.from IS NULL OR r.periodFrom IS NULL)
  RETURN r
}
RETURN key.index AS keyIndex, r.id AS id, r.articleId AS articleId, r.outletId AS outletId, r.publishedAt AS publishedAt, r.type AS type,
       r.locationId AS locationId, r.locationPrecision AS locationPrecision, r.date AS date, r.dateText AS dateText,
       r.datePrecision AS datePrecision, r.perpetratorIds AS perpetratorIds, r.targetIds AS targetIds,
       r.summary AS summary, r.evidenceTexts AS evidenceTexts,
       COLLECT { MATCH (c:Claim)-[:CONCERNS]->(r) WHERE c.killed IS NOT NULL RETURN c.killed } AS killed,
       COLLECT { MATCH (r)-[:REPORT_OF]->(:Incident)<-[:REPORT_OF]-(o:IncidentReport) WHERE o <> r RETURN o.id } AS coMemberIds,
       COLLECT { MATCH (r)-[:KEEP_APART]-(o:IncidentReport) RETURN o.id } AS keepApartIds
