// One page of actors whose Arabic or English name or alias matches a Lucene query on the entity_names index,
// best first. Params: $query (escaped Lucene), $kind (or null), $skip, $limit.
// Returns one row: total (all matches), page (Actor maps).
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node AS a, score
WHERE a:Actor AND ($kind IS NULL OR a.kind = $kind)
WITH a ORDER BY score DESC, a.id
WITH collect(a) AS found
RETURN size(found) AS total, [a IN found[$skip..$skip + $limit] | a {.id, .name, .nameEn, .kind, .aliases}] AS page
