// Creates or completes incidents (canonical ids after cross-article resolution). What one article left unknown
// another may fill; known values are kept. Params: $rows [{id, type, date, dateText, datePrecision,
// locationPrecision, summary, mergedFrom, mergeReasons}]. Returns: nothing.
UNWIND $rows AS row
MERGE (i:Incident {id: row.id})
SET i.type = coalesce(i.type, row.type),
    i.date = coalesce(i.date, row.date),
    i.dateText = coalesce(i.dateText, row.dateText),
    i.datePrecision = CASE WHEN i.date IS NULL THEN row.datePrecision ELSE i.datePrecision END,
    i.locationPrecision = coalesce(i.locationPrecision, row.locationPrecision),
    i.summary = coalesce(i.summary, row.summary),
    i.mergedFrom = coalesce(i.mergedFrom, []) + [x IN row.mergedFrom WHERE NOT x IN coalesce(i.mergedFrom, [])],
    i.mergeReasons = coalesce(i.mergeReasons, []) + [x IN row.mergeReasons WHERE NOT x IN coalesce(i.mergeReasons, [])]
// Keep the date copied onto OCCURRED_IN (the occurred_in_place_date index) when this row filled it in.
WITH i
MATCH (i)-[r:OCCURRED_IN]->()
WHERE r.date IS NULL AND i.date IS NOT NULL
SET r.date = i.date
