/**
 * Public API: writes one batch of articles in ONE transaction: first removes what earlier versions of these
 * articles contributed (with the incidents their reports were part of), then merges everything anew (each
 * incident as a pending report of its article), then removes found entities left orphaned, and marks the derived relationships (CO_REPORTED, ADVERSARY_OF) stale (the load refreshes them once at its end).
 */
import type { Db } from '../db/create-driver.ts';
import { writeTransaction, type TxRun, type WriteStats } from '../db/run-cypher.ts';
import type { ArticleRows } from './build-article-rows.ts';

const ORDER: [keyof ArticleRows, Parameters<TxRun>[0]][] = [
  ['articles', 'mergeArticles'],
  ['foundActors', 'mergeFoundActors'],
  ['foundLocations', 'mergeFoundLocations'],
  ['actorMentions', 'mergeActorMentions'],
  ['locationMentions', 'mergeLocationMentions'],
  ['publishedBy', 'mergePublishedBy'],
  ['reports', 'mergeIncidentReports'],
  ['claims', 'mergeClaims'],
  ['attributedTo', 'mergeAttributedTo'],
  ['relayedBy', 'mergeRelayedBy'],
  ['reportClaims', 'mergeReportClaims'],
];

/**
 * Given a Db, the ids of articles that already exist in an older version, and the rows, writes them atomically;
 * returns the version of the derived relationships' stale mark this write set.
 */
export async function writeArticleBatch(
  db: Db,
  replacedIds: readonly string[],
  rows: ArticleRows,
  stats?: WriteStats,
): Promise<number> {
  return writeTransaction(
    db,
    async (run) => {
      // Replacing deletes incidents that other reports were part of and marks those reports pending: it must not
      // interleave with a resolution that would mark them resolved again.
      if (replacedIds.length > 0) await run('lockResolution');
      const stale =
        replacedIds.length > 0
          ? await run<{ entityIds: string[] }>('deleteArticleContent', { ids: replacedIds })
          : [];
      for (const [field, key] of ORDER) if (rows[field].length > 0) await run(key, { rows: rows[field] });
      const entityIds = [...new Set(stale.flatMap((r) => r.entityIds))];
      if (entityIds.length > 0) await run('deleteOrphanFoundEntities', { ids: entityIds });
      // Last, so that concurrent loads wait on this one node only for the commit.
      const [mark] = await run<{ version: number }>('markDerivedStale');
      return mark?.version ?? 0;
    },
    { label: 'writeArticleBatch', stats },
  );
}
