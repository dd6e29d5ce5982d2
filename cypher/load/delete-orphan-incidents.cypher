// Deletes incidents that no claim is ABOUT any more. Params: $ids (candidate incident ids). Returns: deleted (count).
UNWIND $ids AS id
MATCH (i:Incident {id: id})
WHERE NOT EXISTS { (i)<-[:ABOUT]-(:Claim) }
DETACH DELETE i
RETURN count(*) AS deleted
