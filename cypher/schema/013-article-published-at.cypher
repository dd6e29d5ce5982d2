// Range index for article publication dates (incident candidates reported close in time). Params: none. Returns: nothing.
CREATE RANGE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)
