// Articles by id, for the article DataLoader. Params: $ids. Returns: key, node (Article map), one row per found id.
UNWIND $ids AS key
MATCH (r:Article {id: key})
RETURN key, r {.id, .title, .url, .publishedAt, .language, .file, .outletId, .loadedAt, .text} AS node
