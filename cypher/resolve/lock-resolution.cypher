// Takes the resolution lock: the first statement of every resolution transaction (and of every batch that
// replaces articles), so that two loaders never resolve the same reports at once and each one reads what the
// other committed. Params: none. Returns: nothing.
MERGE (m:Meta {id: 'resolution'})
SET m.runs = coalesce(m.runs, 0) + 1
