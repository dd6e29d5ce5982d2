// For each outlet, one page of the articles it published, newest first. Params: $ids, $skip, $limit.
// Returns: key, total, page (Article maps), one row per id.
UNWIND $ids AS key
CALL (key) {
  MATCH (:Actor {id: key})<-[:PUBLISHED_BY]-(r:Article)
  WITH r ORDER BY r.publishedAt IS NULL, r.publishedAt DESC, r.id
  RETURN collect(r) AS found
}
RETURN key, size(found) AS total, [r IN found[$skip..$skip + $limit] | r {.id, .title, .url, .publishedAt, .language, .file, .outletId, .loadedAt, .text}] AS page
