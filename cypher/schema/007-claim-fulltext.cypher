// Arabic-aware full-text search over claim sentences and incident summaries. Params: none. Returns: nothing.
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS
FOR (n:Claim|Incident) ON EACH [n.text, n.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'arabic', `fulltext.eventually_consistent`: false } }
