// Deletes actors and places that only articles' text introduced (origin 'pattern') and nothing refers to any
// more. Lexicon entries stay. Params: $ids (candidate entity ids). Returns: deleted (count).
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Actor {id: id}) RETURN e
  UNION
  MATCH (e:Location {id: id}) RETURN e
}
WITH e WHERE e.origin = 'pattern' AND NOT EXISTS { (e)--() }
DELETE e
RETURN count(*) AS deleted
