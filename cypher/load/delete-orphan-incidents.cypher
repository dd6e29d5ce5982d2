// Deletes incidents that no article reports any more. Params: $ids (candidate incident ids). Returns: deleted.
UNWIND $ids AS id
MATCH (i:Incident {id: id})
WHERE NOT EXISTS { (i)-[:REPORTED_IN]->(:Article) }
DETACH DELETE i
RETURN count(*) AS deleted
