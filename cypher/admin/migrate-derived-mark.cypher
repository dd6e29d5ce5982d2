// Data migration, run at every start after the schema: the stale mark of the derived relationships is
// (:Meta {id: 'derived'}) since ADVERSARY_OF exists. A graph written before it has the mark under the id
// 'co_reported' (CO_REPORTED only, no ADVERSARY_OF) or, older still, articles and no mark at all: the new mark
// is created stale, so that the next load (even one that writes nothing) refreshes both relationships, and the
// old one goes. Nothing to do once done. Params: none. Returns: nothing.
OPTIONAL MATCH (old:Meta {id: 'co_reported'})
WITH old, EXISTS { (:Meta {id: 'derived'}) } AS migrated, EXISTS { (:Article) } AS written
CALL (old, migrated, written) {
  WITH old WHERE NOT migrated AND (written OR old IS NOT NULL)
  MERGE (m:Meta {id: 'derived'})
  SET m.stale = true, m.version = coalesce(old.version, 0) + 1
}
DELETE old
