// Creates places that an article's text introduced (not in the lexicon). Params: $rows [{id, name, nameEn,
// aliases}]. Returns: nothing.
UNWIND $rows AS row
MERGE (l:Location {id: row.id})
ON CREATE SET l.name = row.name, l.nameEn = row.nameEn, l.kind = 'place', l.origin = 'pattern',
              l.aliases = row.aliases, l.aliasText = reduce(s = '', a IN row.aliases | s + ' | ' + a)
