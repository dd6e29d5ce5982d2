// One page of actors by name, optionally of one kind. Params: $kind (or null), $skip, $limit.
// Returns one row: total (all matches), page (Actor maps).
MATCH (a:Actor)
WHERE $kind IS NULL OR a.kind = $kind
WITH a ORDER BY a.name, a.id
WITH collect(a) AS found
RETURN size(found) AS total, [a IN found[$skip..$skip + $limit] | a {.id, .name, .nameEn, .kind, .aliases}] AS page
