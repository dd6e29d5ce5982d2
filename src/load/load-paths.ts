/**
 * Public API: the whole load job for files and folders: read them (reporting bad inputs), upsert the lexicon as
 * reference data, and load the articles. What `kg load`, `npm start` (seeds) and `ingestArticle` share.
 */
import type { Db } from '../db/create-driver.ts';
import { addWriteStats, emptyWriteStats, type WriteStats } from '../db/run-cypher.ts';
import { compileLexicon } from '../extract/lexicon/compile-lexicon.ts';
import type { Lexicon, LexiconSources } from '../extract/lexicon/lexicon-types.ts';
import { createDerivedTracker } from './create-derived-tracker.ts';
import { loadArticles, type LoadOptions, type LoadSummary } from './load-articles.ts';
import { loadReferenceData } from './load-reference-data.ts';
import type { InputProblem } from './read/input-problem.ts';
import { readInputs, type LoadInput } from './read/read-inputs.ts';
import { readLexiconSources } from './read-lexicon.ts';
import { screenInputs } from './screen-inputs.ts';
import { buildPlaceTree, type PlaceTree } from '../resolve/place-tree.ts';
import { resolvePendingReports, type ResolveSummary } from './resolve-pending-reports.ts';

export interface LoadPathsOptions {
  /** Default: 10 000 000 bytes. */
  maxFileBytes?: number;
  batchSize?: number;
  dryRun?: boolean;
  /** Default: seeds/lexicon. */
  lexiconDir?: string;
  onRead?: (inputs: readonly LoadInput[], problems: readonly InputProblem[]) => void;
  onProgress?: LoadOptions['onProgress'];
  onBatchWritten?: LoadOptions['onBatchWritten'];
}

export interface LoadPathsResult {
  problems: InputProblem[];
  summary: LoadSummary;
}

interface LoadContext {
  sources: LexiconSources;
  lexicon: Lexicon;
  lexiconIds: ReadonlySet<string>;
  /** The lexicon's places and their PART_OF links. */
  placeTree: PlaceTree;
  treePlaceIds: ReadonlySet<string>;
}

const contexts = new Map<string, Promise<LoadContext>>();

/** Given a lexicon folder, returns its raw data, compiled form and ids (compiled once per process). */
export function getLoadContext(lexiconDir?: string): Promise<LoadContext> {
  const key = lexiconDir ?? '';
  let context = contexts.get(key);
  if (!context) {
    context = readLexiconSources(lexiconDir).then((sources) => ({
      sources,
      lexicon: compileLexicon(sources),
      lexiconIds: new Set([...sources.actors, ...sources.anonymous, ...sources.locations].map((e) => e.id)),
      placeTree: buildPlaceTree(
        sources.locations.map((l) => ({ id: l.id, partOf: l.partOf ?? null, kind: l.kind ?? null })),
      ),
      treePlaceIds: new Set(sources.locations.map((l) => l.id)),
    }));
    contexts.set(key, context);
  }
  return context;
}

/**
 * Given a Db and paths, reads them, holds back texts that are not Arabic news (screenInputs) and loads the rest;
 * returns the input problems and the load summary.
 */
export async function loadPaths(
  db: Db,
  paths: readonly string[],
  options: LoadPathsOptions = {},
): Promise<LoadPathsResult> {
  const read = await readInputs(paths, { maxFileBytes: options.maxFileBytes });
  const screened = screenInputs(read.inputs, (await getLoadContext(options.lexiconDir)).lexicon);
  const inputs = screened.inputs;
  const problems = [...read.problems, ...screened.problems];
  options.onRead?.(inputs, problems);
  return { problems, summary: await loadInputs(db, inputs, options) };
}

/** Given a Db and a lexicon folder, resolves every pending incident report (`kg resolve`); returns what it did. */
export async function resolvePending(
  db: Db,
  lexiconDir?: string,
  stats?: WriteStats,
): Promise<ResolveSummary> {
  const context = await getLoadContext(lexiconDir);
  return resolvePendingReports(db, context.placeTree, { stats });
}

/**
 * Given a Db and inputs already read, upserts the lexicon and loads them, resolves their incident reports (after
 * every batch and once more at the end), then refreshes the derived relationships
 * (CO_REPORTED, ADVERSARY_OF) once: those of the actors the load touched, or all of them after a big load or when
 * an earlier load stopped before its own refresh.
 */
export async function loadInputs(
  db: Db,
  inputs: readonly LoadInput[],
  options: LoadPathsOptions = {},
): Promise<LoadSummary> {
  const context = await getLoadContext(options.lexiconDir);
  const referenceStats = emptyWriteStats();
  if (!options.dryRun) await loadReferenceData(db, context.sources, referenceStats);
  const derived = options.dryRun ? undefined : await createDerivedTracker(db);
  const resolveStats = emptyWriteStats();
  const summary = await loadArticles(db, inputs, {
    lexicon: context.lexicon,
    lexiconIds: context.lexiconIds,
    treePlaceIds: context.treePlaceIds,
    batchSize: options.batchSize,
    dryRun: options.dryRun,
    onProgress: options.onProgress,
    onBatchWritten: options.onBatchWritten,
    resolve: (target) => resolvePendingReports(target, context.placeTree, { stats: resolveStats }),
    derived,
  });
  // Also what a load cut short before its resolution left pending, even when every article is unchanged.
  if (!options.dryRun) await resolvePendingReports(db, context.placeTree, { stats: resolveStats });
  addWriteStats(summary.stats, resolveStats);
  await derived?.finish(summary.stats);
  addWriteStats(summary.stats, referenceStats);
  return summary;
}
