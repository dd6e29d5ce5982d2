// Arabic-aware full-text search over actor and location names (Arabic name, English name, aliases).
// Params: none. Returns: nothing. Queried as db.index.fulltext.queryNodes('entity_names', $text).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Actor|Location) ON EACH [n.name, n.nameEn, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'arabic', `fulltext.eventually_consistent`: false } }
