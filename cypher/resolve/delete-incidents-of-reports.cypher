// Deletes the incidents these reports are part of (resolution writes them anew from the reports). Params: $ids
// (report ids). Returns: deleted.
UNWIND $ids AS id
MATCH (:IncidentReport {id: id})-[:REPORT_OF]->(i:Incident)
WITH DISTINCT i
DETACH DELETE i
RETURN count(*) AS deleted
