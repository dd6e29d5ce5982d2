// Places within a distance of a point, nearest first (uses the location_point index). Params: $latitude,
// $longitude, $meters, $limit. Returns: node (Location map), meters (distance), one row per place.
WITH point({latitude: $latitude, longitude: $longitude}) AS center
MATCH (l:Location)
WHERE point.distance(l.point, center) <= $meters
WITH l, point.distance(l.point, center) AS meters
ORDER BY meters, l.id
LIMIT toInteger($limit)
RETURN l {.id, .name, .nameEn, .kind, .aliases, latitude: l.point.latitude, longitude: l.point.longitude} AS node, meters
