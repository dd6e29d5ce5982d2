#!/usr/bin/env node
// Scores the extractor on the seed and dev gold sets, with the full lexicon and with the discovery lexicon
// (scripts/build-discovery-lexicon.mjs), and prints one table. Evaluation tool; the service never runs it.
// Usage: node scripts/score-extraction.mjs [--sets seeds,dev] [--json]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: 'seeds,dev' },
    shared: { type: 'string', default: '../shared' },
    json: { type: 'boolean', default: false },
  },
});
const shared = values.shared;
const SETS = {
  seeds: { articles: 'seeds/articles', gold: path.join(shared, 'eval/seeds') },
  dev: { articles: path.join(shared, 'eval/dev/articles'), gold: path.join(shared, 'eval/dev/gold') },
};
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-score-'));
const discovery = path.join(work, 'discovery-lexicon');
execFileSync(
  process.execPath,
  ['scripts/build-discovery-lexicon.mjs', '--out', discovery, '--eval', SETS.dev.articles],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);

const score = (set, lexicon) => {
  const pred = path.join(work, `${set}-${path.basename(lexicon)}.json`);
  const out = execFileSync(
    process.execPath,
    ['bin/kg.js', 'extract', SETS[set].articles, '--json', '--lexicon', lexicon],
    { maxBuffer: 1 << 28 },
  );
  fs.writeFileSync(pred, out);
  const res = execFileSync(process.execPath, [
    path.join(shared, 'eval/score.mjs'),
    '--gold',
    SETS[set].gold,
    '--articles',
    SETS[set].articles,
    '--pred',
    pred,
    '--json',
  ]);
  return JSON.parse(res.toString()).summary;
};

const COLUMNS = [
  ['entities', (s) => s.entitiesTyped.f1],
  ['mentions', (s) => s.mentions.f1],
  ['claims', (s) => s.claims.f1],
  ['attrib', (s) => s.attribution],
  ['via', (s) => s.viaChain],
  ['stance', (s) => s.stance],
  ['killed', (s) => s.killedFigure],
  ['incid', (s) => s.incidentsTyped.f1],
  ['inc.loc', (s) => s.incidentLocation],
  ['inc.perp', (s) => s.incidentPerpetrator],
  ['outlet', (s) => s.outlet],
];
const rows = [];
for (const set of values.sets.split(',')) {
  for (const [label, lexicon] of [
    ['full', 'seeds/lexicon'],
    ['discovery', discovery],
  ]) {
    const s = score(set, lexicon);
    rows.push({ set, lexicon: label, ...Object.fromEntries(COLUMNS.map(([k, f]) => [k, f(s)])) });
  }
}
fs.rmSync(work, { recursive: true, force: true });
if (values.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const pct = (x) => (x == null ? '  n/a' : (100 * x).toFixed(1).padStart(5));
  console.log(`| set | lexicon | ${COLUMNS.map(([k]) => k).join(' | ')} |`);
  console.log(`|---|---|${COLUMNS.map(() => '---:').join('|')}|`);
  for (const r of rows) {
    console.log(`| ${r.set} | ${r.lexicon} | ${COLUMNS.map(([k]) => pct(r[k])).join(' | ')} |`);
  }
}
