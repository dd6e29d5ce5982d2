// For each article, the outlet that published it. Params: $ids. Returns: key, node (Actor map), at most one row per id.
UNWIND $ids AS key
MATCH (:Article {id: key})-[:PUBLISHED_BY]->(a:Actor)
WITH key, head(collect(a)) AS a
RETURN key, a {.id, .name, .nameEn, .kind, .aliases} AS node
