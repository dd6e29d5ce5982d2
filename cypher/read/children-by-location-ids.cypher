// For each location, one page of the places directly PART_OF it, by name. Params: $ids, $skip, $limit.
// Returns: key, total, page (Location maps), one row per id.
UNWIND $ids AS key
CALL (key) {
  MATCH (l:Location)-[:PART_OF]->(:Location {id: key})
  WITH l ORDER BY l.name, l.id
  RETURN collect(l) AS found
}
RETURN key, size(found) AS total, [l IN found[$skip..$skip + $limit] | l {.id, .name, .nameEn, .kind, .aliases, latitude: l.point.latitude, longitude: l.point.longitude}] AS page
