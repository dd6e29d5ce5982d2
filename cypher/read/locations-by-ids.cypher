// Locations by id, for the location DataLoader. Params: $ids. Returns: key, node (Location map with latitude,
// longitude), one row per found id.
UNWIND $ids AS key
MATCH (l:Location {id: key})
RETURN key, l {.id, .name, .nameEn, .kind, .aliases, latitude: l.point.latitude, longitude: l.point.longitude} AS node
