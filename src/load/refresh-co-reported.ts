/**
 * Public API: recomputes the derived CO_REPORTED relationships (docs/graph-model.md) from the claims, for some
 * actors or for all, and removes the actors found in text that only a stale CO_REPORTED still held (so that
 * the graph is exactly what loading the same articles into an empty graph gives).
 */
import type { Db } from '../db/create-driver.ts';
import { writeCypher, writeTransaction, type WriteStats } from '../db/run-cypher.ts';

/** Which actors to refresh: 'all', or those whose claims (or their incidents' claims) a load changed. */
export type CoReportedScope = 'all' | { actorIds: readonly string[] };

/**
 * Given a Db and a scope, recomputes every CO_REPORTED relationship touching the scope's actors and returns how
 * many actors it covered. 'all' runs as CALL ... IN TRANSACTIONS (a few actors per transaction); a list of
 * actors, in one transaction, whose write counters are added to `stats` when given.
 */
export async function refreshCoReported(db: Db, scope: CoReportedScope, stats?: WriteStats): Promise<number> {
  if (scope === 'all') {
    const [row] = await writeCypher<{ actors: number; droppedIds: string[] }>(db, 'refreshCoReportedAll');
    const dropped = row?.droppedIds ?? [];
    if (dropped.length > 0) await writeCypher(db, 'deleteOrphanFoundEntities', { ids: dropped });
    return row?.actors ?? 0;
  }
  const ids = [...new Set(scope.actorIds)];
  if (ids.length === 0) return 0;
  return writeTransaction(
    db,
    async (run) => {
      const [row] = await run<{ actors: number }>('refreshCoReportedForActors', { ids });
      // A found actor whose only article was replaced may have been kept by its CO_REPORTED alone.
      await run('deleteOrphanFoundEntities', { ids });
      return row?.actors ?? 0;
    },
    { label: 'refreshCoReported', stats },
  );
}
