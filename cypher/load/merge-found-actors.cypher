// Creates actors that an article's text introduced (not in the lexicon); never overwrites an existing node's
// names. Params: $rows [{id, name, nameEn, kind, aliases}]. Returns: nothing.
UNWIND $rows AS row
MERGE (x:Actor {id: row.id})
ON CREATE SET x.name = row.name, x.nameEn = row.nameEn, x.kind = row.kind, x.origin = 'pattern',
              x.aliases = row.aliases, x.aliasText = reduce(s = '', a IN row.aliases | s + ' | ' + a)
ON MATCH SET x.aliases = x.aliases + [a IN row.aliases WHERE NOT a IN x.aliases],
             x.aliasText = reduce(s = '', a IN x.aliases + [a IN row.aliases WHERE NOT a IN x.aliases] | s + ' | ' + a)
