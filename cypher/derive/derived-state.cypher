// Whether the derived relationships (CO_REPORTED, ADVERSARY_OF) may be stale (an article batch was written after
// the last refresh), and the write version. Params: none. Returns: stale (false when nothing was ever written),
// version.
OPTIONAL MATCH (m:Meta {id: 'derived'})
RETURN coalesce(m.stale, false) AS stale, coalesce(m.version, 0) AS version
