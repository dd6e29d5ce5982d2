/**
 * Internal (benchmarks): the command line of `npm run bench`. Two modes: the full run (1k, 10k and 50k
 * articles, 10 s per query form, two alternated load runs) and `--quick` (1k articles, 5 s per query form, one
 * load run), each setting overridable.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  mode: 'quick' | 'full' | 'custom';
  sizes: number[];
  seed: number;
  /** Load generator connections (fixed concurrency). */
  connections: number;
  /** Seconds each query form is driven for, after `warmupSeconds`. */
  seconds: number;
  warmupSeconds: number;
  /** Cap of a slow case's fixed work (every parameter twice) per form, in seconds. */
  maxSeconds: number;
  /** Runs of the raw baseline and our writer, alternated (best kept). */
  repeats: number;
  naiveSeconds: number;
  extractionSample: number;
  batchSize: number;
  baselineChunk: number;
  heap: string;
  pageCache: string;
  /** Leave the benchmark database running for the next run. */
  keepDb: boolean;
  skipQueries: boolean;
}

export const USAGE = `Usage: npm run bench -- [--quick] [options]
  --quick               1k articles, 5 s per query form, one load run (about 10 minutes on 2 cores)
  --sizes 1000,10000    corpus sizes (full run: 1000,10000,50000)
  --seed N              corpus seed (default 1)
  --connections N       load generator connections (default 10)
  --seconds N           seconds per query form (quick 5, full 10); --warmup N before each (quick 1, full 2)
  --max-seconds N       cap of a slow case's fixed work (each parameter twice) per form (quick 60, full 120)
  --repeats N           alternated runs of the raw baseline and our writer, best kept (quick 1, full 2)
  --naive-seconds N     time budget of the one-statement-per-row writer (quick 10, full 30)
  --heap 2g --page-cache 2g   memory of the benchmarks' embedded Neo4j (.data/bench)
  --keep-db             leave the benchmark database running for the next run
  --skip-queries        load figures only`;

/** Given the command-line arguments (after the script), returns the options; throws on unknown ones. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean' }, sizes: { type: 'string' }, seed: { type: 'string' }, connections: { type: 'string' },
      seconds: { type: 'string' }, warmup: { type: 'string' }, 'max-seconds': { type: 'string' }, repeats: { type: 'string' }, 'naive-seconds': { type: 'string' },
      'extraction-sample': { type: 'string' }, 'batch-size': { type: 'string' }, 'baseline-chunk': { type: 'string' },
      heap: { type: 'string' }, 'page-cache': { type: 'string' }, 'keep-db': { type: 'boolean' }, 'skip-queries': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new TypeError(USAGE);
  const quick = values.quick === true;
  const num = (value: string | undefined, fallback: number, name: string): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new TypeError(`--${name} must be a positive number, not "${value}"\n${USAGE}`);
    return n;
  };
  const sizes = values.sizes ? values.sizes.split(',').map((s) => num(s.trim(), 0, 'sizes')) : quick ? [1000] : [1000, 10_000, 50_000];
  const explicit = values.sizes !== undefined;
  return {
    mode: explicit ? 'custom' : quick ? 'quick' : 'full',
    sizes,
    seed: num(values.seed, 1, 'seed'),
    connections: num(values.connections, 10, 'connections'),
    seconds: num(values.seconds, quick ? 5 : 10, 'seconds'),
    warmupSeconds: num(values.warmup, quick ? 1 : 2, 'warmup'),
    maxSeconds: num(values['max-seconds'], quick ? 60 : 120, 'max-seconds'),
    repeats: num(values.repeats, quick ? 1 : 2, 'repeats'),
    naiveSeconds: num(values['naive-seconds'], quick ? 10 : 30, 'naive-seconds'),
    extractionSample: num(values['extraction-sample'], quick ? 300 : 2000, 'extraction-sample'),
    batchSize: num(values['batch-size'], 50, 'batch-size'),
    baselineChunk: num(values['baseline-chunk'], 1000, 'baseline-chunk'),
    heap: values.heap ?? '2g',
    pageCache: values['page-cache'] ?? (quick ? '1g' : '2g'),
    keepDb: values['keep-db'] === true,
    skipQueries: values['skip-queries'] === true,
  };
}
