// Actors by id, for the actor DataLoader. Params: $ids. Returns: key, node (Actor map), one row per found id.
UNWIND $ids AS key
MATCH (a:Actor {id: key})
RETURN key, a {.id, .name, .nameEn, .kind, .aliases} AS node
