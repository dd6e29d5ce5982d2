// Upserts lexicon actors (reference data: the lexicon wins). Params: $rows [{id, name, nameEn, kind, aliases,
// aliasText}]. Returns: nothing.
UNWIND $rows AS row
MERGE (x:Actor {id: row.id})
SET x.name = row.name, x.nameEn = row.nameEn, x.kind = row.kind, x.aliases = row.aliases,
    x.aliasText = row.aliasText, x.origin = 'lexicon'
