// Incidents by id, for the incident DataLoader. Params: $ids. Returns: key, node (Incident map), one row per found id.
UNWIND $ids AS key
MATCH (i:Incident {id: key})
RETURN key, i {.id, .type, .date, .dateText, .datePrecision, .locationPrecision, .summary} AS node
