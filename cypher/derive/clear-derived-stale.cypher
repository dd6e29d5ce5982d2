// Clears the stale mark of the derived relationships (CO_REPORTED, ADVERSARY_OF) after a refresh, unless an
// article batch was written since the refresh read the mark (the version moved on): then the mark stays and the
// next load refreshes everything.
// Params: $version (the version the refresh covered). Returns: cleared (true when the mark was cleared).
OPTIONAL MATCH (m:Meta {id: 'derived'})
WHERE m.version = $version
SET m.stale = false
RETURN m IS NOT NULL AS cleared
