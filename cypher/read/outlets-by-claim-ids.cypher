// For each claim, the outlet that published its article. Params: $ids. Returns: key, node (Actor map),
// at most one row per id.
UNWIND $ids AS key
MATCH (a:Actor)<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(:Claim {id: key})
WITH key, head(collect(a)) AS a
RETURN key, a {.id, .name, .nameEn, .kind, .aliases} AS node
