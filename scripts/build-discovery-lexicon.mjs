#!/usr/bin/env node
// Builds a *discovery lexicon*: a copy of the project's lexicon with every entry that only an evaluation set
// needs removed, so that the extractor can be scored as it will behave on articles nobody has read.
//
// An entry (actor, location or anonymous source) is removed when one of its names or aliases occurs in the
// evaluation texts (--eval) and none occurs in the texts the lexicon may legitimately know (--keep, by default
// the seed articles). Children of a removed place hang from its parent; affiliations to a removed actor go.
//
// Usage: node scripts/build-discovery-lexicon.mjs --out DIR [--lexicon seeds/lexicon]
//          [--eval ../shared/eval/dev/articles] [--keep seeds/articles] [--report]
// Nothing here is used by the service; it is an evaluation tool (docs/extraction-quality.md).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    lexicon: { type: 'string', default: 'seeds/lexicon' },
    eval: { type: 'string', default: '../shared/eval/dev/articles' },
    keep: { type: 'string', multiple: true, default: ['seeds/articles'] },
    report: { type: 'boolean', default: false },
  },
});
if (!values.out) {
  console.error('usage: build-discovery-lexicon.mjs --out DIR [--lexicon DIR] [--eval DIR] [--keep DIR]...');
  process.exit(2);
}

// The same folding the matcher uses for names: no diacritics or tatweel, one alef, ya and ta marbuta form.
const fold = (s) =>
  s
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[«»“”"'‘’()[\]،,.؛:!؟?\-–—_/|#]+/g, ' ')
    .replace(/\s+/g, ' ');

const readTexts = (dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|html|jsonl)$/.test(f))
    .map((f) => ` ${fold(fs.readFileSync(path.join(dir, f), 'utf8'))} `)
    .join('\n');

// A name occurs when it stands as words of the text, allowing the one-letter clitics and the article's lam.
const occursIn = (text, name) => {
  const n = fold(name).trim();
  if (n.length < 2) return false;
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[\\s])(?:[وفبلك]{0,2}|لل)${escaped}(?=$|[\\s])`, 'u').test(text);
};

const evalText = readTexts(values.eval);
const keepText = values.keep.map(readTexts).join('\n');
const namesOf = (e) => [e.name, ...(e.aliases ?? [])].filter((n) => typeof n === 'string');
const isEvalOnly = (e) => {
  const names = namesOf(e);
  return names.some((n) => occursIn(evalText, n)) && !names.some((n) => occursIn(keepText, n));
};

fs.mkdirSync(values.out, { recursive: true });
for (const f of fs.readdirSync(values.lexicon)) {
  fs.copyFileSync(path.join(values.lexicon, f), path.join(values.out, f));
}

const writeLines = (file, entries) =>
  fs.writeFileSync(file, `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]\n`);
const removed = [];

for (const file of ['actors.json', 'locations.json', 'anonymous-sources.json']) {
  const src = path.join(values.lexicon, file);
  if (!fs.existsSync(src)) continue;
  const entries = JSON.parse(fs.readFileSync(src, 'utf8'));
  const gone = new Map(entries.filter(isEvalOnly).map((e) => [e.id, e]));
  const parentOf = (id) => {
    let p = id;
    while (p !== null && p !== undefined && gone.has(p)) p = gone.get(p).partOf ?? null;
    return p;
  };
  const kept = entries
    .filter((e) => !gone.has(e.id))
    .map((e) => {
      const copy = { ...e };
      if ('partOf' in copy) copy.partOf = parentOf(copy.partOf);
      if (Array.isArray(copy.affiliations)) {
        copy.affiliations = copy.affiliations.filter((a) => !gone.has(a.target));
      }
      return copy;
    });
  writeLines(path.join(values.out, file), kept);
  for (const e of gone.values()) removed.push(`${file}: ${e.id} (${e.name})`);
}

// Affiliations may point across files (an actor's target is always an actor, but be safe).
const removedIds = new Set(removed.map((r) => r.split(': ')[1].split(' ')[0]));
const actorsFile = path.join(values.out, 'actors.json');
const actors = JSON.parse(fs.readFileSync(actorsFile, 'utf8')).map((a) =>
  Array.isArray(a.affiliations)
    ? { ...a, affiliations: a.affiliations.filter((x) => !removedIds.has(x.target)) }
    : a,
);
writeLines(actorsFile, actors);

console.error(`discovery lexicon in ${values.out}: ${removed.length} entries removed`);
if (values.report) for (const r of removed) console.log(r);
