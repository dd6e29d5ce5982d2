// For each article, the actors and places it mentions with their counts, most mentioned first. Params: $ids.
// Returns: key, items (list of {count, label: 'Actor' or 'Location', node: Actor or Location map}), at most one row per id.
UNWIND $ids AS key
MATCH (:Article {id: key})-[m:MENTIONS]->(n)
WHERE n:Actor OR n:Location
WITH key, m, n ORDER BY m.count DESC, n.id
RETURN key, collect({
  count: m.count,
  label: CASE WHEN n:Actor THEN 'Actor' ELSE 'Location' END,
  node: CASE WHEN n:Actor THEN n {.id, .name, .nameEn, .kind, .aliases}
        ELSE n {.id, .name, .nameEn, .kind, .aliases, latitude: n.point.latitude, longitude: n.point.longitude} END
}) AS items
