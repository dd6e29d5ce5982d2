// For each claim, its intermediaries (RELAYED_BY) nearest the source first. Params: $ids.
// Returns: key, items (list of {hop, node: Actor map}), at most one row per id.
UNWIND $ids AS key
MATCH (:Claim {id: key})-[rel:RELAYED_BY]->(a:Actor)
WITH key, rel, a ORDER BY rel.hop, a.id
RETURN key, collect({hop: rel.hop, node: a {.id, .name, .nameEn, .kind, .aliases}}) AS items
