/**
 * Internal (benchmarks): records, while our loader runs end to end, each batch it writes and where the
 * incident resolver sent each incident, so that the other writers (ours write-only, the raw baseline, the naive
 * writer) can be given exactly the rows our loader wrote, computed outside their timed sections.
 */
import type { Db } from '../../src/db/create-driver.ts';
import { buildArticleRows, type ArticleRows, type IncidentResolution, type PreparedArticle } from '../../src/load/build-article-rows.ts';
import { getLoadContext } from '../../src/load/load-paths.ts';

/** Cross-article incident resolution for one batch, as the loader calls it. */
export type ResolveIncidents = (db: Db, batch: readonly PreparedArticle[]) => Promise<IncidentResolution>;

/** One batch as the loader wrote it. */
export interface CapturedBatch {
  articles: PreparedArticle[];
  resolution: IncidentResolution;
}

export interface BatchCapture {
  batches: CapturedBatch[];
  /** The resolver to hand to the loader: the project's own (when it has one), recorded. */
  resolveIncidents: ResolveIncidents;
}

/** Given nothing, returns a capture around the loader's default incident resolver (none: each incident its own). */
export async function createBatchCapture(): Promise<BatchCapture> {
  const context = await getLoadContext();
  // The load context carries the project's resolver once cross-article resolution is wired into the loader.
  const resolver = (context as { resolveIncidents?: ResolveIncidents }).resolveIncidents;
  const batches: CapturedBatch[] = [];
  return {
    batches,
    resolveIncidents: async (db, batch) => {
      const resolution = resolver ? await resolver(db, batch) : new Map();
      batches.push({ articles: [...batch], resolution });
      return resolution;
    },
  };
}

/** Given captured batches, returns the rows of each batch as our loader built them (one load time for all). */
export async function buildCapturedRows(batches: readonly CapturedBatch[], loadedAt: string): Promise<ArticleRows[]> {
  const { lexiconIds } = await getLoadContext();
  return batches.map((b) => buildArticleRows(b.articles, lexiconIds, b.resolution, loadedAt));
}

/** Given captured batches, returns each article's own rows (for one-statement-per-row writing), in load order. */
export async function buildRowsPerArticle(batches: readonly CapturedBatch[], loadedAt: string): Promise<ArticleRows[]> {
  const { lexiconIds } = await getLoadContext();
  return batches.flatMap((b) => b.articles.map((a) => buildArticleRows([a], lexiconIds, b.resolution, loadedAt)));
}

/** Given rows, returns how many rows (nodes and relationships to write) they hold. */
export function countRows(rows: ArticleRows): number {
  return Object.values(rows).reduce((n, list: unknown[]) => n + list.length, 0);
}
