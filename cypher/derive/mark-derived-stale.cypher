// Marks the derived relationships (CO_REPORTED, ADVERSARY_OF) stale; runs inside every article batch's write
// transaction, so a load killed before its closing refresh leaves the mark and the next load refreshes them all.
// Each call bumps the version, which tells a refresh whether anything was written since it read the mark.
// Params: none. Returns: version (after this write).
MERGE (m:Meta {id: 'derived'})
SET m.stale = true, m.version = coalesce(m.version, 0) + 1
RETURN m.version AS version
