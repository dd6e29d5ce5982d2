/**
 * Internal (benchmarks): the shape of a results file (bench/results/<timestamp>.json), and reading the latest
 * one. A run writes its file after every corpus size, marked complete at the end, so a long run that is stopped
 * still leaves what it measured.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchOptions } from './bench-options.ts';
import type { CorpusSummary } from './generate-corpus.ts';
import type { LoadFigures } from './load/measure-load.ts';
import type { MachineInfo } from './machine-info.ts';
import type { QueryCaseFigures } from './query/measure-queries.ts';

export const RESULTS_DIR = path.join('bench', 'results');

/** The figures of one corpus size. */
export interface SizeResults {
  articles: number;
  corpus: CorpusSummary & { generateSeconds: number };
  load: LoadFigures;
  queries: QueryCaseFigures[];
  /** Load averages (1, 5, 15 min) after this size: how busy the machine was. */
  loadAverage: number[];
  seconds: number;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string | null;
  complete: boolean;
  seconds: number;
  options: BenchOptions;
  machine: MachineInfo & { neo4j: { version: string; edition: string; heap: string; pageCache: string } };
  sizes: SizeResults[];
}

/** Given nothing, returns the latest complete results file (else the latest), or null when there is none. */
export function readLatestResults(dir = RESULTS_DIR): { file: string; results: BenchResults } | null {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return null;
  }
  const all = files.map((f) => ({ file: path.join(dir, f), results: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as BenchResults }));
  return [...all].reverse().find((r) => r.results.complete) ?? all[all.length - 1] ?? null;
}
