// For each actor, its AFFILIATED_WITH edges in both directions. Params: $ids.
// Returns: key, items (list of {role, source, claimIds, outgoing: true when the edge starts at the key actor,
// node: the other Actor map}), at most one row per id.
UNWIND $ids AS key
MATCH (x:Actor {id: key})-[rel:AFFILIATED_WITH]-(a:Actor)
WITH key, x, rel, a ORDER BY a.id, rel.role
RETURN key, collect({
  role: rel.role, source: rel.source, claimIds: coalesce(rel.claimIds, []),
  outgoing: startNode(rel) = x, node: a {.id, .name, .nameEn, .kind, .aliases}
}) AS items
