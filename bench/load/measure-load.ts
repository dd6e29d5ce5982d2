/**
 * Internal (benchmarks): the load figures of one corpus size, each scenario starting from an empty graph with
 * the lexicon in it: extraction alone on one core; our loader end to end (read + extract + resolve + write,
 * `loadPaths` as `kg load` runs it); our writer alone over the rows that run built (`writeArticleBatch`, one
 * transaction per batch); the raw baseline (hand-batched UNWIND + CREATE of the same nodes and relationships);
 * the naive writer (one statement per row, within a budget). Each writer ends with the derived relationships
 * (CO_REPORTED, ADVERSARY_OF), as our loader does after a big load. Checks that every writer left the same graph
 * (the derived relationships are among the types counted).
 */
import { refreshDerivedRelationships } from '../../src/load/refresh-derived-relationships.ts';
import { writeArticleBatch } from '../../src/load/write-article-batch.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { getLoadContext, loadPaths } from '../../src/load/load-paths.ts';
import { diffCounts, type BenchDatabase, type GraphCounts } from '../bench-database.ts';
import type { CorpusArticle } from '../generate-corpus.ts';
import { measureTime, ratePerSecond, ratio } from '../measure-time.ts';
import { buildCapturedRows, buildRowsPerArticle, createBatchCapture } from './capture-batches.ts';
import { countMergedRows, mergeRows } from './merge-rows.ts';
import { writeNaive } from './write-naive.ts';
import { writeRawBaseline } from './write-raw-baseline.ts';

export interface LoadOptions {
  /** Articles per transaction of our loader (its default is 50). */
  batchSize: number;
  /** Rows per statement (and transaction) of the raw baseline. */
  baselineChunk: number;
  /** Time budget of the naive writer, in seconds. */
  naiveSeconds: number;
  /** Runs of the raw baseline and our writer, alternated; the best of each is kept. */
  repeats: number;
  /** Articles the extraction figure is timed on (at most the corpus). */
  extractionSample: number;
}

export interface LoadScenario {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** CPU seconds of this Node process (not the database's). */
  cpuSeconds?: number;
  /** Database transactions (round trips) it took. */
  transactions?: number;
  /** Set when the budget ended the run: the corpus would take this long at the measured rate. */
  estimatedSeconds?: number;
  /** Every run's rate, when repeated (the best is reported). */
  runs?: number[];
}

export interface LoadFigures {
  extraction: {
    articles: number;
    seconds: number;
    cpuSeconds: number;
    articlesPerSecond: number;
    articlesPerCpuSecond: number;
  };
  oursEndToEnd: LoadScenario & { failed: number };
  oursWriteOnly: LoadScenario;
  rawBaseline: LoadScenario;
  naive: LoadScenario & { statements: number; capped: boolean };
  ratios: {
    writeOnlyToBaseline: number | null;
    endToEndToBaseline: number | null;
    naiveToBaseline: number | null;
  };
  /** Nodes and relationships written (each once) and the batches of our loader. */
  rows: number;
  batches: number;
  graph: GraphCounts;
  /** Differences between what each writer left and what our loader left (empty lists: the same graph). */
  differences: { rawBaseline: string[]; oursWriteOnly: string[]; naive: string };
}

/** Given the database, the corpus (its folder and articles) and options, returns the load figures. */
export async function measureLoad(
  bench: BenchDatabase,
  corpus: { dir: string; articles: readonly CorpusArticle[] },
  options: LoadOptions,
  log: (line: string) => void,
): Promise<LoadFigures> {
  const n = corpus.articles.length;
  const extraction = await measureExtraction(corpus.articles.slice(0, Math.min(n, options.extractionSample)));
  log(
    `  extraction: ${extraction.articlesPerSecond} articles/s (${extraction.articlesPerCpuSecond} per CPU second)`,
  );

  await bench.reset();
  const capture = createBatchCapture();
  let roundTrips = 0;
  const db = bench.db;
  db.onRoundTrip = () => roundTrips++;
  const e2e = await measureTime(() =>
    loadPaths(db, [corpus.dir], {
      maxFileBytes: 1e9,
      batchSize: options.batchSize,
      onBatchWritten: capture.onBatchWritten,
    }),
  );
  db.onRoundTrip = undefined;
  const graph = await bench.counts();
  const oursEndToEnd = {
    ...scenario(e2e.result.summary.loaded, e2e.seconds, e2e.cpuSeconds),
    transactions: roundTrips,
    failed: e2e.result.summary.failed.length,
  };
  log(
    `  ours end to end: ${oursEndToEnd.articlesPerSecond} articles/s (${e2e.result.summary.failed.length} failed)`,
  );

  const loadedAt = new Date().toISOString();
  const batchRows = await buildCapturedRows(capture.batches, loadedAt);
  const merged = mergeRows(batchRows);

  await bench.reset();
  const naiveBudget = { seconds: options.naiveSeconds, articles: n };
  const perArticle = await buildRowsPerArticle(capture.batches, loadedAt);
  const naiveRun = await writeNaive(bench.db, perArticle, naiveBudget);
  const naiveCounts = await bench.counts();
  const naiveRate = ratePerSecond(naiveRun.articles, naiveRun.seconds);
  const naive = {
    ...scenario(naiveRun.articles, naiveRun.seconds),
    transactions: naiveRun.statements,
    statements: naiveRun.statements,
    capped: naiveRun.capped,
    ...(naiveRun.capped && naiveRate > 0 ? { estimatedSeconds: Math.round(n / naiveRate) } : {}),
  };
  log(
    `  naive: ${naive.articlesPerSecond} articles/s${naive.capped ? ` (${naiveRun.articles} of ${n} articles in the budget)` : ''}`,
  );

  const baselineRuns: LoadScenario[] = [];
  const writeOnlyRuns: LoadScenario[] = [];
  let baselineCounts: GraphCounts | undefined;
  let writeOnlyCounts: GraphCounts | undefined;
  for (let r = 0; r < options.repeats; r++) {
    await bench.reset();
    const raw = await measureTime(() => writeRawBaseline(bench.db, merged, options.baselineChunk));
    baselineCounts = await bench.counts();
    baselineRuns.push({ ...scenario(n, raw.seconds, raw.cpuSeconds), transactions: raw.result.transactions });
    await bench.reset();
    const ours = await measureTime(async () => {
      for (const rows of batchRows) await writeArticleBatch(bench.db, [], rows);
      // What loadInputs does at the end of a load of more than a few articles.
      await refreshDerivedRelationships(bench.db, 'all');
    });
    writeOnlyCounts = await bench.counts();
    writeOnlyRuns.push({ ...scenario(n, ours.seconds, ours.cpuSeconds), transactions: batchRows.length + 1 });
    log(
      `  run ${r + 1}: raw baseline ${baselineRuns[r]?.articlesPerSecond} articles/s, ours write-only ${writeOnlyRuns[r]?.articlesPerSecond} articles/s`,
    );
  }
  const rawBaseline = best(baselineRuns);
  const oursWriteOnly = best(writeOnlyRuns);
  return {
    extraction,
    oursEndToEnd,
    oursWriteOnly,
    rawBaseline,
    naive,
    ratios: {
      writeOnlyToBaseline: ratio(oursWriteOnly.articlesPerSecond, rawBaseline.articlesPerSecond),
      endToEndToBaseline: ratio(oursEndToEnd.articlesPerSecond, rawBaseline.articlesPerSecond),
      naiveToBaseline: ratio(naive.articlesPerSecond, rawBaseline.articlesPerSecond),
    },
    rows: countMergedRows(merged),
    batches: batchRows.length,
    graph,
    differences: {
      rawBaseline: baselineCounts ? diffCounts(graph, baselineCounts) : [],
      oursWriteOnly: writeOnlyCounts ? diffCounts(graph, writeOnlyCounts) : [],
      naive: naive.capped
        ? `partial (${naiveRun.articles} articles): ${naiveCounts.nodes.Article ?? 0} articles written`
        : diffCounts(graph, naiveCounts).join('; '),
    },
  };
}

async function measureExtraction(articles: readonly CorpusArticle[]): Promise<LoadFigures['extraction']> {
  const { lexicon } = await getLoadContext();
  for (const a of articles.slice(0, 30))
    extractArticle({ file: a.file, text: a.text, meta: a.meta }, lexicon);
  const t = await measureTime(() => {
    for (const a of articles) extractArticle({ file: a.file, text: a.text, meta: a.meta }, lexicon);
  });
  return {
    articles: articles.length,
    seconds: round(t.seconds),
    cpuSeconds: round(t.cpuSeconds),
    articlesPerSecond: ratePerSecond(articles.length, t.seconds),
    articlesPerCpuSecond: ratePerSecond(articles.length, t.cpuSeconds),
  };
}

function scenario(articles: number, seconds: number, cpuSeconds?: number): LoadScenario {
  return {
    articles,
    seconds: round(seconds),
    articlesPerSecond: ratePerSecond(articles, seconds),
    ...(cpuSeconds === undefined ? {} : { cpuSeconds: round(cpuSeconds) }),
  };
}

function best(runs: LoadScenario[]): LoadScenario {
  const top = runs.reduce((a, b) => (b.articlesPerSecond > a.articlesPerSecond ? b : a));
  return runs.length > 1 ? { ...top, runs: runs.map((r) => r.articlesPerSecond) } : top;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
