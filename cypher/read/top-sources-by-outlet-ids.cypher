// For each outlet, the original sources its articles cite most, with counts. Params: $ids, $limit.
// Returns: key, items (list of {count, node: Actor map}), at most one row per id.
UNWIND $ids AS key
MATCH (:Actor {id: key})<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(:Claim)-[:ATTRIBUTED_TO]->(a:Actor)
WITH key, a, count(*) AS count ORDER BY count DESC, a.id
WITH key, collect({count: count, node: a {.id, .name, .nameEn, .kind, .aliases}}) AS items
RETURN key, items[0..$limit] AS items
