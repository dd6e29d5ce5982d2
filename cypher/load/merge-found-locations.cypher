// Creates places that an article's text introduced (not in the lexicon), or completes them: the smallest name and
// every alias, sorted, whatever the order in which articles come. Params: $rows [{id, name, nameEn, aliases}].
// Returns: nothing.
UNWIND $rows AS row
MERGE (l:Location {id: row.id})
ON CREATE SET l.kind = 'place', l.origin = 'pattern', l.nameEn = row.nameEn
// Take the node's write lock before reading its aliases, so that parallel loaders add to them, never overwrite.
SET l._lock = true
REMOVE l._lock
WITH l, row, COLLECT { UNWIND coalesce(l.aliases, []) + row.aliases AS a WITH DISTINCT a RETURN a ORDER BY a } AS aliases
SET l.name = CASE WHEN l.name IS NULL OR row.name < l.name THEN row.name ELSE l.name END,
    l.nameEn = coalesce(l.nameEn, row.nameEn),
    l.aliases = aliases,
    l.aliasText = reduce(s = '', a IN aliases | s + ' | ' + a)
