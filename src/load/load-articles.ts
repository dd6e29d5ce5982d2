/**
 * Public API: loads articles into the graph in batches: skips the unchanged ones (same content hash), extracts
 * the rest, resolves incidents, and writes each batch in one transaction. A failing batch is retried article by
 * article so that one bad article costs only itself. Never half-writes an article.
 */
import type { Db } from '../db/create-driver.ts';
import { emptyWriteStats, readCypher, type WriteStats } from '../db/run-cypher.ts';
import type { Lexicon } from '../extract/lexicon/lexicon-types.ts';
import { buildArticleRows, type PreparedArticle } from './build-article-rows.ts';
import type { DerivedTracker } from './create-derived-tracker.ts';
import { articleIdOf, contentHashOf, prepareArticle } from './prepare-article.ts';
import type { LoadInput } from './read/read-inputs.ts';
import { writeArticleBatch } from './write-article-batch.ts';

export interface LoadProgress {
  done: number;
  total: number;
  loaded: number;
  unchanged: number;
  failed: number;
}

export interface LoadOptions {
  lexicon: Lexicon;
  /** Ids of entities the reference data (lexicon) already put in the graph. */
  lexiconIds: ReadonlySet<string>;
  /** Ids of the places of the PART_OF tree (the lexicon's). */
  treePlaceIds: ReadonlySet<string>;
  /** Articles per transaction. Default: 50. */
  batchSize?: number;
  /** Extract and count, write nothing. Default: false. */
  dryRun?: boolean;
  /**
   * The resolution stage, run after every batch written (its reports are pending until then), so that readers see
   * the batch's incidents joined as soon as they see its articles. Default: none (reports stay pending).
   */
  resolve?: (db: Db) => Promise<unknown>;
  /** Told about every batch written, to refresh the derived relationships at the end. Default: none. */
  derived?: DerivedTracker;
  onProgress?: (progress: LoadProgress) => void;
  /** Told about the articles of every batch written (benchmarks replay them). Default: none. */
  onBatchWritten?: (articles: readonly PreparedArticle[]) => void;
}

export interface LoadSummary {
  read: number;
  loaded: number;
  unchanged: number;
  failed: { file: string; message: string }[];
  claims: number;
  incidents: number;
  stats: WriteStats;
}

/** Given a Db, inputs and options, loads them and returns what happened. */
export async function loadArticles(
  db: Db,
  inputs: readonly LoadInput[],
  options: LoadOptions,
): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? 50;
  const summary: LoadSummary = {
    read: inputs.length,
    loaded: 0,
    unchanged: 0,
    failed: [],
    claims: 0,
    incidents: 0,
    stats: emptyWriteStats(),
  };
  for (let offset = 0; offset < inputs.length; offset += batchSize) {
    const batch = inputs.slice(offset, offset + batchSize);
    const identities = batch.map((input) => ({ id: articleIdOf(input), contentHash: contentHashOf(input) }));
    const stored = new Map(
      (
        await readCypher<{ id: string; contentHash: string }>(db, 'articleHashesByIds', {
          ids: identities.map((x) => x.id),
        })
      ).map((r) => [r.id, r.contentHash]),
    );
    const prepared: PreparedArticle[] = [];
    for (const [k, input] of batch.entries()) {
      const identity = identities[k] as (typeof identities)[number];
      if (stored.get(identity.id) === identity.contentHash) {
        summary.unchanged++;
        continue;
      }
      const result = prepareArticle(input, options.lexicon, identity);
      if (result.ok) prepared.push(result.article);
      else summary.failed.push({ file: input.file, message: result.message });
    }
    if (!options.dryRun && prepared.length > 0) await writePrepared(db, prepared, stored, options, summary);
    else if (options.dryRun) countLoaded(prepared, summary);
    options.onProgress?.({
      done: Math.min(offset + batchSize, inputs.length),
      total: inputs.length,
      loaded: summary.loaded,
      unchanged: summary.unchanged,
      failed: summary.failed.length,
    });
  }
  return summary;
}

async function writePrepared(
  db: Db,
  prepared: PreparedArticle[],
  stored: ReadonlyMap<string, string>,
  options: LoadOptions,
  summary: LoadSummary,
): Promise<void> {
  const write = async (articles: PreparedArticle[]): Promise<void> => {
    const rows = buildArticleRows(
      articles,
      options.lexiconIds,
      options.treePlaceIds,
      new Date().toISOString(),
    );
    const replacedIds = articles.filter((a) => stored.has(a.id)).map((a) => a.id);
    await options.derived?.beforeWrite(replacedIds);
    const version = await writeArticleBatch(db, replacedIds, rows, summary.stats);
    options.derived?.written(
      articles.map((a) => a.id),
      version,
    );
    countLoaded(articles, summary);
    options.onBatchWritten?.(articles);
  };
  try {
    await write(prepared);
  } catch (error) {
    if (prepared.length === 1)
      summary.failed.push({ file: prepared[0]?.file ?? '?', message: describeError(error) });
    // Find the article that breaks the batch; the others still load, each in its own transaction.
    else {
      for (const article of prepared) {
        try {
          await write([article]);
        } catch (single) {
          summary.failed.push({ file: article.file, message: describeError(single) });
        }
      }
    }
  }
  await options.resolve?.(db);
}

function countLoaded(articles: readonly PreparedArticle[], summary: LoadSummary): void {
  summary.loaded += articles.length;
  for (const a of articles) {
    summary.claims += a.extracted.claims.length;
    summary.incidents += a.extracted.incidents.length;
  }
}

/** Operators see the Neo4j code and the statement (DbError's message), never driver text or Cypher. */
function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
