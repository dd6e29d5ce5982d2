// For each incident, the actors that perpetrated it. Params: $ids. Returns: key, items (Actor maps), at most one row per id.
UNWIND $ids AS key
MATCH (a:Actor)-[:PERPETRATED]->(:Incident {id: key})
WITH key, a ORDER BY a.id
RETURN key, collect(a {.id, .name, .nameEn, .kind, .aliases}) AS items
