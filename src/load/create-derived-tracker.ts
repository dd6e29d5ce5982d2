/**
 * Public API: decides, for one load, how to bring the derived relationships (CO_REPORTED, ADVERSARY_OF) up to
 * date once at its end (refreshing hub actors such as outlets after every batch would make loading quadratic).
 * Every article batch marks them stale in its own transaction (cypher/derive/mark-derived-stale.cypher), so a
 * load killed before its end leaves the mark, and the next load, even one that writes nothing, refreshes them all.
 */
import type { Db } from '../db/create-driver.ts';
import { readCypher, writeCypher, type WriteStats } from '../db/run-cypher.ts';
import { refreshDerivedRelationships } from './refresh-derived-relationships.ts';

/** What the closing refresh did: nothing, the actors the load touched, or everything. */
export interface DerivedRefresh {
  scope: 'none' | 'actors' | 'all';
  /** Actors refreshed. */
  actors: number;
  /** Whether the stale mark was cleared (false when another load wrote meanwhile: the next load refreshes). */
  cleared: boolean;
}

export interface DerivedTracker {
  /** Given the ids of articles a batch is about to replace, notes the actors their current version involves. */
  beforeWrite(replacedIds: readonly string[]): Promise<void>;
  /** Given the ids of articles a batch wrote and the stale mark's version its transaction set, notes them. */
  written(articleIds: readonly string[], version: number): void;
  /** Given optional write counters, refreshes what this load (or one cut short before it) left stale. */
  finish(stats?: WriteStats): Promise<DerivedRefresh>;
}

export interface DerivedTrackerOptions {
  /**
   * Loads that write more articles than this refresh every actor instead of the actors they touched: a few
   * articles already touch the outlets and anonymous sources, whose pairs are most of the work (at 1k articles,
   * one article's actors take a third of a full refresh, twenty articles' as long). Default: 10.
   */
  scopedMax?: number;
}

type MarkState = { stale: boolean; version: number };

/** Given a Db and options, reads the stale mark as the load starts and returns the load's tracker. */
export async function createDerivedTracker(
  db: Db,
  options: DerivedTrackerOptions = {},
): Promise<DerivedTracker> {
  const scopedMax = options.scopedMax ?? 10;
  const start = await readMark(db);
  const articleIds = new Set<string>();
  const actorIds = new Set<string>();
  let writes = 0;
  let lastVersion = start.version;
  const refreshAll = (): boolean => start.stale || articleIds.size > scopedMax;

  return {
    async beforeWrite(replacedIds) {
      if (replacedIds.length === 0 || refreshAll()) return;
      for (const id of await readActors(db, replacedIds)) actorIds.add(id);
    },
    written(ids, version) {
      for (const id of ids) articleIds.add(id);
      writes++;
      lastVersion = Math.max(lastVersion, version);
    },
    async finish(stats) {
      if (refreshAll()) {
        // Everything written before this read is covered by the refresh that follows it.
        const { version } = await readMark(db);
        const actors = await refreshDerivedRelationships(db, 'all');
        return { scope: 'all', actors, cleared: await clearMark(db, version) };
      }
      if (articleIds.size === 0) return { scope: 'none', actors: 0, cleared: false };
      for (const id of await readActors(db, [...articleIds])) actorIds.add(id);
      const actors = await refreshDerivedRelationships(db, { actorIds: [...actorIds] }, stats);
      // Only this load's batches may have been written since it started, or another load's are not covered.
      const onlyOurs = lastVersion === start.version + writes;
      return { scope: 'actors', actors, cleared: onlyOurs && (await clearMark(db, lastVersion)) };
    },
  };
}

async function readMark(db: Db): Promise<MarkState> {
  const [row] = await readCypher<MarkState>(db, 'derivedState');
  return row ?? { stale: false, version: 0 };
}

async function readActors(db: Db, articleIds: readonly string[]): Promise<string[]> {
  const [row] = await readCypher<{ actorIds: string[] }>(db, 'derivedActorsByArticleIds', {
    ids: articleIds,
  });
  return row?.actorIds ?? [];
}

async function clearMark(db: Db, version: number): Promise<boolean> {
  const [row] = await writeCypher<{ cleared: boolean }>(db, 'clearDerivedStale', { version });
  return row?.cleared === true;
}

/**
 * Given a Db, brings the derived relationships up to date when the stale mark says they are not (a load cut short,
 * or a graph written by a version without them); returns what it did. `kg start` and `kg serve` call it before
 * they listen, so a graph that no load touches again still answers with every network edge.
 */
export async function refreshStaleDerived(db: Db): Promise<DerivedRefresh> {
  return (await createDerivedTracker(db)).finish();
}
