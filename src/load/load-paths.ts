/**
 * Public API: the whole load job for files and folders: read them (reporting bad inputs), upsert the lexicon as
 * reference data, and load the articles. What `kg load`, `npm start` (seeds) and `ingestArticle` share.
 */
import type { Db } from '../db/create-driver.ts';
import { addWriteStats, emptyWriteStats } from '../db/run-cypher.ts';
import { compileLexicon } from '../extract/lexicon/compile-lexicon.ts';
import type { Lexicon, LexiconSources } from '../extract/lexicon/lexicon-types.ts';
import { createDerivedTracker } from './create-derived-tracker.ts';
import { loadArticles, type LoadOptions, type LoadSummary } from './load-articles.ts';
import { loadReferenceData } from './load-reference-data.ts';
import type { InputProblem } from './read/input-problem.ts';
import { readInputs, type LoadInput } from './read/read-inputs.ts';
import { readLexiconSources } from './read-lexicon.ts';
import { createIncidentResolver } from './resolve-incidents-for-batch.ts';
import { screenInputs } from './screen-inputs.ts';

export interface LoadPathsOptions {
  /** Default: 10 000 000 bytes. */
  maxFileBytes?: number;
  batchSize?: number;
  dryRun?: boolean;
  /** Default: seeds/lexicon. */
  lexiconDir?: string;
  onRead?: (inputs: readonly LoadInput[], problems: readonly InputProblem[]) => void;
  onProgress?: LoadOptions['onProgress'];
  resolveIncidents?: LoadOptions['resolveIncidents'];
}

export interface LoadPathsResult {
  problems: InputProblem[];
  summary: LoadSummary;
}

interface LoadContext {
  sources: LexiconSources;
  lexicon: Lexicon;
  lexiconIds: ReadonlySet<string>;
  resolveIncidents: NonNullable<LoadOptions['resolveIncidents']>;
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
      resolveIncidents: createIncidentResolver(
        sources.locations.map((l) => ({ id: l.id, partOf: l.partOf ?? null })),
      ),
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

/**
 * Given a Db and inputs already read, upserts the lexicon and loads them, then refreshes the derived relationships
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
  const summary = await loadArticles(db, inputs, {
    lexicon: context.lexicon,
    lexiconIds: context.lexiconIds,
    batchSize: options.batchSize,
    dryRun: options.dryRun,
    onProgress: options.onProgress,
    resolveIncidents: options.resolveIncidents ?? context.resolveIncidents,
    derived,
  });
  await derived?.finish(summary.stats);
  addWriteStats(summary.stats, referenceStats);
  return summary;
}
