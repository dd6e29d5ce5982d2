// For each incident, where it occurred. Params: $ids. Returns: key, node (Location map), at most one row per id.
UNWIND $ids AS key
MATCH (:Incident {id: key})-[:OCCURRED_IN]->(l:Location)
WITH key, head(collect(l)) AS l
RETURN key, l {.id, .name, .nameEn, .kind, .aliases, latitude: l.point.latitude, longitude: l.point.longitude} AS node
