// Upserts lexicon locations (reference data: the lexicon wins). Params: $rows [{id, name, nameEn, kind, aliases,
// aliasText, lat, lon}]. Returns: nothing.
UNWIND $rows AS row
MERGE (l:Location {id: row.id})
SET l.name = row.name, l.nameEn = row.nameEn, l.kind = row.kind, l.aliases = row.aliases,
    l.aliasText = row.aliasText, l.origin = 'lexicon',
    l.point = CASE WHEN row.lat IS NULL OR row.lon IS NULL THEN null
              ELSE point({latitude: row.lat, longitude: row.lon}) END
