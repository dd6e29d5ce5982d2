// Range index to find unchanged articles by content hash. Params: none. Returns: nothing.
CREATE RANGE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)
