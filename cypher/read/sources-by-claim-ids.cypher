// For each claim, its original source (ATTRIBUTED_TO). Params: $ids. Returns: key, node (Actor map), at most one row per id.
UNWIND $ids AS key
MATCH (:Claim {id: key})-[:ATTRIBUTED_TO]->(a:Actor)
WITH key, a ORDER BY a.id
WITH key, head(collect(a)) AS a
RETURN key, a {.id, .name, .nameEn, .kind, .aliases} AS node
