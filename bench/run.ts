/**
 * Internal (benchmarks): `npm run bench [-- --quick]`. For each corpus size: generates the seeded corpus
 * (bench/corpus/, not committed), measures extraction and loading against the raw baseline and the naive writer,
 * then the four queries against the bare driver and the peer; writes bench/results/<timestamp>.json and
 * BENCHMARKS.md. Every figure that matters is a ratio to a baseline measured in the same run on the same data.
 * The database is the benchmarks' own embedded Neo4j in .data/bench (NEO4J_URI is ignored: runs wipe the graph).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { loadPaths } from '../src/load/load-paths.ts';
import { readLexiconSources } from '../src/load/read-lexicon.ts';
import { startBenchDatabase } from './bench-database.ts';
import { parseBenchOptions, type BenchOptions } from './bench-options.ts';
import { RESULTS_DIR, type BenchResults } from './bench-results.ts';
import { generateCorpus, writeCorpus } from './generate-corpus.ts';
import { measureLoad } from './load/measure-load.ts';
import { loadAverage, readMachineInfo } from './machine-info.ts';
import { measureTime } from './measure-time.ts';
import { measureQueries } from './query/measure-queries.ts';
import { pickQueryParams } from './query/pick-query-params.ts';
import { renderBenchmarks } from './render-table.ts';

const t0 = Date.now();
const log = (line: string): void => {
  const at = Math.round((Date.now() - t0) / 1000);
  process.stdout.write(`${String(at).padStart(5)} s  ${line}\n`);
};

/** Big corpora keep every extracted article in memory for the other writers: give Node room first. */
function rerunWithBiggerHeap(options: BenchOptions): boolean {
  const needed = Math.max(...options.sizes) >= 20_000 ? 8192 : 0;
  if (needed === 0 || getHeapStatistics().heap_size_limit >= needed * 0.9 * 2 ** 20) return false;
  const run = spawnSync(process.execPath, [`--max-old-space-size=${needed}`, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
  return true;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  if (rerunWithBiggerHeap(options)) return;
  const started = new Date();
  const file = path.join(RESULTS_DIR, `${started.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
  log(`Benchmarks (${options.mode}): sizes ${options.sizes.join(', ')}, seed ${options.seed}; results in ${file}`);
  const machine = readMachineInfo();
  const bench = await startBenchDatabase({ heap: options.heap, pageCache: options.pageCache, keep: options.keepDb, log });
  const results: BenchResults = {
    startedAt: started.toISOString(),
    finishedAt: null,
    complete: false,
    seconds: 0,
    options,
    machine: { ...machine, neo4j: { ...bench.neo4j, heap: options.heap, pageCache: options.pageCache } },
    sizes: [],
  };
  const save = (): void => {
    results.seconds = Math.round((Date.now() - started.getTime()) / 1000);
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  };
  try {
    log('Warm-up: the seed articles, loaded and removed.');
    await bench.reset();
    await loadPaths(bench.db, ['seeds/articles']);
    const sources = await readLexiconSources();
    for (const size of options.sizes) {
      const sizeStart = Date.now();
      log(`\n== ${size} articles`);
      const generated = await measureTime(() => generateCorpus(size, options.seed, sources));
      const corpus = generated.result;
      const dir = path.join('bench', 'corpus', `seed${options.seed}-${size}`);
      writeCorpus(corpus, dir);
      log(`  corpus: ${corpus.summary.stories} stories, ${corpus.summary.multiOutletStories} told by several outlets, ${corpus.summary.averageChars} characters per article`);
      const load = await measureLoad(bench, { dir, articles: corpus.articles }, options, log);
      const queries = options.skipQueries
        ? []
        : await measureQueries(bench.uri, await pickQueryParams(bench.db), { connections: options.connections, seconds: options.seconds, warmupSeconds: options.warmupSeconds, maxSeconds: options.maxSeconds, checkParams: 3 }, log);
      results.sizes.push({
        articles: size,
        corpus: { ...corpus.summary, generateSeconds: Math.round(generated.seconds * 100) / 100 },
        load,
        queries,
        loadAverage: loadAverage(),
        seconds: Math.round((Date.now() - sizeStart) / 1000),
      });
      save();
    }
    results.complete = true;
    results.finishedAt = new Date().toISOString();
    save();
  } finally {
    await bench.close();
  }
  writeFileSync('BENCHMARKS.md', renderBenchmarks(results, file));
  log(`\nWrote ${file} and BENCHMARKS.md in ${results.seconds} s.`);
}

await main();
