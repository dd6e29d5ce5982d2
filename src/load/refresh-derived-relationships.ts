/**
 * Public API: recomputes the derived relationships (docs/graph-model.md: CO_REPORTED and ADVERSARY_OF) from the
 * claims and incidents, for some actors or for all, and removes the actors found in text that only a stale
 * derived relationship still held (so that the graph is exactly what loading the same articles into an empty
 * graph gives).
 */
import type { Db } from '../db/create-driver.ts';
import { writeCypher, writeTransaction, type WriteStats } from '../db/run-cypher.ts';

/** Which actors to refresh: 'all', or those whose claims or incidents (or their incidents' claims) a load changed. */
export type DerivedScope = 'all' | { actorIds: readonly string[] };

type AllRow = { actors: number; droppedIds: string[] };

/**
 * Given a Db and a scope, recomputes every CO_REPORTED and ADVERSARY_OF relationship touching the scope's actors
 * and returns how many actors it covered. 'all' runs two statements as CALL ... IN TRANSACTIONS (a few actors per
 * transaction); a list of actors, in one transaction, whose write counters are added to `stats` when given.
 */
export async function refreshDerivedRelationships(
  db: Db,
  scope: DerivedScope,
  stats?: WriteStats,
): Promise<number> {
  if (scope === 'all') {
    const [coReported] = await writeCypher<AllRow>(db, 'refreshCoReportedAll');
    const [adversaryOf] = await writeCypher<AllRow>(db, 'refreshAdversaryOfAll');
    const dropped = [...new Set([...(coReported?.droppedIds ?? []), ...(adversaryOf?.droppedIds ?? [])])];
    if (dropped.length > 0) await writeCypher(db, 'deleteOrphanFoundEntities', { ids: dropped });
    return coReported?.actors ?? 0;
  }
  const ids = [...new Set(scope.actorIds)];
  if (ids.length === 0) return 0;
  return writeTransaction(
    db,
    async (run) => {
      const [row] = await run<{ actors: number }>('refreshCoReportedForActors', { ids });
      await run('refreshAdversaryOfForActors', { ids });
      // A found actor whose only article was replaced may have been kept by a derived relationship alone.
      await run('deleteOrphanFoundEntities', { ids });
      return row?.actors ?? 0;
    },
    { label: 'refreshDerivedRelationships', stats },
  );
}
