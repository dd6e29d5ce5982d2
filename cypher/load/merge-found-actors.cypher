// Creates actors that an article's text introduced (not in the lexicon), or completes them: the smallest name and
// every alias, sorted, whatever the order in which articles come. Params: $rows [{id, name, nameEn, kind,
// aliases}]. Returns: nothing.
UNWIND $rows AS row
MERGE (x:Actor {id: row.id})
ON CREATE SET x.kind = row.kind, x.origin = 'pattern', x.nameEn = row.nameEn
// Take the node's write lock before reading its aliases, so that parallel loaders add to them, never overwrite.
SET x._lock = true
REMOVE x._lock
WITH x, row, COLLECT { UNWIND coalesce(x.aliases, []) + row.aliases AS a WITH DISTINCT a RETURN a ORDER BY a } AS aliases
SET x.name = CASE WHEN x.name IS NULL OR row.name < x.name THEN row.name ELSE x.name END,
    x.nameEn = coalesce(x.nameEn, row.nameEn),
    x.aliases = aliases,
    x.aliasText = reduce(s = '', a IN aliases | s + ' | ' + a)
