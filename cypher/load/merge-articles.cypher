// Creates or updates articles. Params: $rows [{id, props: {title, url, publishedAt, language, text, contentHash,
// file, outletId, loadedAt}}]. Returns: nothing.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props
