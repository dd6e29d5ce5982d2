// Content hashes of stored articles, to skip unchanged ones. Params: $ids. Returns: id, contentHash (one row per
// stored article).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash
