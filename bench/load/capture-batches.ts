/**
 * Internal (benchmarks): records, while our loader runs end to end, each batch it writes, so that the other writers (ours write-only, the raw baseline, the naive
 * writer) can be given exactly the rows our loader wrote, computed outside their timed sections.
 */
import {
  buildArticleRows,
  type ArticleRows,
  type PreparedArticle,
} from '../../src/load/build-article-rows.ts';
import { getLoadContext } from '../../src/load/load-paths.ts';

/** One batch as the loader wrote it. */
export interface CapturedBatch {
  articles: PreparedArticle[];
}

export interface BatchCapture {
  batches: CapturedBatch[];
  /** The hook to hand to the loader (loadPaths' onBatchWritten). */
  onBatchWritten: (articles: readonly PreparedArticle[]) => void;
}

/** Given nothing, returns an empty capture. */
export function createBatchCapture(): BatchCapture {
  const batches: CapturedBatch[] = [];
  return { batches, onBatchWritten: (articles) => batches.push({ articles: [...articles] }) };
}

/** Given captured batches, returns the rows of each batch as our loader built them (one load time for all). */
export async function buildCapturedRows(
  batches: readonly CapturedBatch[],
  loadedAt: string,
): Promise<ArticleRows[]> {
  const { lexiconIds, treePlaceIds } = await getLoadContext();
  return batches.map((b) => buildArticleRows(b.articles, lexiconIds, treePlaceIds, loadedAt));
}

/** Given captured batches, returns each article's own rows (for one-statement-per-row writing), in load order. */
export async function buildRowsPerArticle(
  batches: readonly CapturedBatch[],
  loadedAt: string,
): Promise<ArticleRows[]> {
  const { lexiconIds, treePlaceIds } = await getLoadContext();
  return batches.flatMap((b) =>
    b.articles.map((a) => buildArticleRows([a], lexiconIds, treePlaceIds, loadedAt)),
  );
}

/** Given rows, returns how many rows (nodes and relationships to write) they hold. */
export function countRows(rows: ArticleRows): number {
  return Object.values(rows).reduce((n, list: unknown[]) => n + list.length, 0);
}
