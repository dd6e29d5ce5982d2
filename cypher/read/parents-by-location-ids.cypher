// For each location, the place it is directly PART_OF. Params: $ids. Returns: key, node (Location map),
// at most one row per id.
UNWIND $ids AS key
MATCH (:Location {id: key})-[:PART_OF]->(l:Location)
WITH key, l ORDER BY l.id
WITH key, head(collect(l)) AS l
RETURN key, l {.id, .name, .nameEn, .kind, .aliases, latitude: l.point.latitude, longitude: l.point.longitude} AS node
