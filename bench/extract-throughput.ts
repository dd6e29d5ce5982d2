/**
 * Internal (benchmarks): extraction throughput on one core. Compiles the lexicon once, generates a seeded corpus
 * of seed-sized articles (bench/generate-articles.ts), warms up, then times `extractArticle` over the corpus.
 *
 * Usage: node --import tsx bench/extract-throughput.ts [count] [seed]   (default 1000 articles, seed 1)
 */
import { performance } from 'node:perf_hooks';
import { compileLexicon } from '../src/extract/lexicon/compile-lexicon.ts';
import { extractArticle } from '../src/extract/extract-article.ts';
import { extractEntities } from '../src/extract/entities/extract-entities.ts';
import { findBoilerplate } from '../src/extract/clean/find-boilerplate.ts';
import { normalizeArabic } from '../src/extract/normalize/normalize-arabic.ts';
import { readLexiconSources } from '../src/load/read-lexicon.ts';
import { generateArticles } from './generate-articles.ts';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 1);
const sources = await readLexiconSources();
let t = performance.now();
const lexicon = compileLexicon(sources);
const compileMs = performance.now() - t;
const articles = generateArticles(count, seed, sources);
const chars = articles.reduce((n, a) => n + a.text.length, 0);

for (const a of articles.slice(0, 50)) extractArticle(a, lexicon); // warm-up

// CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
t = performance.now();
let cpu = process.cpuUsage();
let entities = 0;
for (const a of articles) entities += extractArticle(a, lexicon).entities.length;
const fullMs = performance.now() - t;
const fullCpu = cpuMs(cpu);

t = performance.now();
cpu = process.cpuUsage();
for (const a of articles) {
  const norm = normalizeArabic(a.text);
  const clean = findBoilerplate(a.text, lexicon);
  extractEntities({ text: a.text, norm, contentEnd: clean.contentEnd, dropped: clean.dropped }, lexicon);
}
const entityMs = performance.now() - t;
const entityCpu = cpuMs(cpu);

const rate = (ms: number): string => (count / (ms / 1000)).toFixed(0);
process.stdout.write(
  [
    `lexicon: ${lexicon.entities.length} entries compiled in ${compileMs.toFixed(0)} ms`,
    `corpus: ${count} generated articles (seed ${seed}), ${(chars / count).toFixed(0)} chars on average, ${entities} entities found`,
    `extractArticle (all stages): ${fullMs.toFixed(0)} ms wall, ${rate(fullMs)} articles/s; ${fullCpu.toFixed(0)} ms CPU, ${rate(fullCpu)} articles/s`,
    `normalize + clean + entities only: ${entityMs.toFixed(0)} ms wall, ${rate(entityMs)} articles/s; ${entityCpu.toFixed(0)} ms CPU, ${rate(entityCpu)} articles/s`,
    `node ${process.version}, one core (single-threaded loop)`,
  ].join('\n') + '\n',
);
