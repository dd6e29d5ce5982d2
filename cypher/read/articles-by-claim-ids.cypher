// For each claim, the article that contains it. Params: $ids. Returns: key, node (Article map), at most one row per id.
UNWIND $ids AS key
MATCH (r:Article)-[:CONTAINS]->(:Claim {id: key})
WITH key, head(collect(r)) AS r
RETURN key, r {.id, .title, .url, .publishedAt, .language, .file, .outletId, .loadedAt, .text} AS node
