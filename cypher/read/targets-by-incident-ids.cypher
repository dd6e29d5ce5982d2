// For each incident, the actors it targeted. Params: $ids. Returns: key, items (Actor maps), at most one row per id.
UNWIND $ids AS key
MATCH (:Incident {id: key})-[:TARGETED]->(a:Actor)
WITH key, a ORDER BY a.id
RETURN key, collect(a {.id, .name, .nameEn, .kind, .aliases}) AS items
