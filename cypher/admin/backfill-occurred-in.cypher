// Data migration, run at every start after the schema: OCCURRED_IN relationships written before they carried the
// place id and incident date (for the occurred_in_place_date index) get them. Nothing to do once done.
// Params: none. Returns: nothing.
MATCH (i:Incident)-[r:OCCURRED_IN]->(l:Location)
WHERE r.placeId IS NULL
CALL (i, r, l) {
  SET r.placeId = l.id, r.date = i.date
} IN TRANSACTIONS OF 10000 ROWS
