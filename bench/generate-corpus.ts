/**
 * Internal (benchmarks): the seeded benchmark corpus. A world of stories (incidents with a type, a place, a day,
 * a perpetrator, often a target, and true figures) is told by one to five outlets each: every report has its own
 * figures, relay chain (a named source, anonymous sources talking to the outlet, an agency citing someone, the
 * outlet's correspondent), spellings and date expression, plus denials, earlier stories, filler and web
 * boilerplate, at seed length (1.9k to 3k characters, as the seeds). Same count and seed, same corpus.
 *
 * Usage as a script: node --import tsx bench/generate-corpus.ts [count] [seed] [outDir]  (default 1000 1 bench/corpus)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LexiconSources } from '../src/extract/lexicon/lexicon-types.ts';
import { readLexiconSources } from '../src/load/read-lexicon.ts';
import {
  ACCUSATIONS, AGENCY_IDS, ANONYMOUS_IDS, CONTINUATIONS, DENIALS, EARLIER, EVENT_CLAUSES, FILLER, FRAMES, NAMED_SOURCE_IDS,
  PERSON_NAMES, PLACE_HEADS, SECTIONS, SPEECH_VERBS, STORY_TYPES, TAILS, TITLES,
} from './corpus-phrases.ts';
import { createRandom } from './generate-articles.ts';
import { addDays, createChooser, varySpelling, writeDate, writeFigures, type Chooser } from './spell-variants.ts';
import { buildWorld, type Named, type Place, type World } from './corpus-world.ts';

/** Metadata of one article, as a JSONL line or sidecar carries it. */
export interface CorpusMeta {
  id: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  url: string;
  language: 'ar';
}

/** One generated article and the stories it reports (the first is its main story). */
export interface CorpusArticle {
  file: string;
  text: string;
  meta: CorpusMeta;
  storyIds: number[];
}

/** What the corpus holds, for the results file. */
export interface CorpusSummary {
  articles: number;
  seed: number;
  stories: number;
  /** Stories reported as the main story of two or more outlets' articles. */
  multiOutletStories: number;
  averageChars: number;
  outlets: number;
}

export interface Corpus {
  articles: CorpusArticle[];
  summary: CorpusSummary;
}

interface Story {
  id: number;
  type: string;
  day: string;
  place: Place;
  perpetrator: Named;
  target: Named;
  killed: number;
  injured: number;
  victims: number;
}

type SourcesForCorpus = Pick<LexiconSources, 'actors' | 'locations' | 'anonymous'>;

const REPORTS_PER_STORY: readonly (readonly [number, number])[] = [[1, 0.45], [2, 0.25], [3, 0.17], [4, 0.09], [5, 0.04]];
const HEAD_WORDS = ['مخيم', 'مدينة', 'بلدة', 'قرية', 'حي', 'ناحية', 'منطقة'];
const VICTIMLESS = new Set(['displacement', 'reinforcement', 'capture']);

/** Given a count, a seed and the lexicon data, returns that many articles (deterministic) and a summary. */
export function generateCorpus(count: number, seed: number, sources: SourcesForCorpus): Corpus {
  if (!Number.isInteger(count) || count < 0) throw new TypeError(`count must be a non-negative integer, not ${count}`);
  const c = createChooser(createRandom(seed));
  const world = buildWorld(sources);
  const stories: Story[] = [];
  const articles: CorpusArticle[] = [];
  const reportsOf = new Map<number, number>();
  const spanDays = 3 * 365;
  const expectedStories = Math.max(1, Math.round(count / 1.95));
  while (articles.length < count) {
    const story = newStory(stories.length, c, world, addDays('2017-01-01', Math.floor((stories.length / expectedStories) * spanDays) + c.int(0, 2)));
    stories.push(story);
    const outlets = weightedSample(world.outlets, weighted(c, REPORTS_PER_STORY), c);
    for (const outlet of outlets) {
      if (articles.length >= count) break;
      const n = articles.length;
      const earlier = (ch: Chooser): Story | undefined => (stories.length > 3 ? stories[stories.length - 1 - ch.int(1, Math.min(30, stories.length - 1))] : undefined);
      articles.push(writeArticle(n, seed, story, outlet, earlier, world, c));
      reportsOf.set(story.id, (reportsOf.get(story.id) ?? 0) + 1);
    }
  }
  const chars = articles.reduce((sum, a) => sum + a.text.length, 0);
  return {
    articles,
    summary: {
      articles: articles.length,
      seed,
      stories: stories.length,
      multiOutletStories: [...reportsOf.values()].filter((k) => k >= 2).length,
      averageChars: articles.length > 0 ? Math.round(chars / articles.length) : 0,
      outlets: new Set(articles.map((a) => a.meta.url.split('/')[3])).size,
    },
  };
}

function newStory(id: number, c: Chooser, world: World, day: string): Story {
  const type = weighted(c, STORY_TYPES);
  const perpetrator = zipfPick(world.perpetrators, c);
  let target = zipfPick(world.perpetrators, c);
  if (target.id === perpetrator.id) target = world.perpetrators[(world.perpetrators.indexOf(target) + 1) % world.perpetrators.length] as Named;
  const killed = c.chance(0.7) ? c.int(1, 12) : c.int(13, 90);
  return { id, type, day, place: zipfPick(world.places, c), perpetrator, target, killed, injured: c.chance(0.6) ? c.int(1, 40) : 0, victims: c.int(0, 3) };
}

function writeArticle(n: number, seed: number, story: Story, outlet: Named, earlier: (c: Chooser) => Story | undefined, world: World, c: Chooser): CorpusArticle {
  const publishedAt = addDays(story.day, weighted(c, [[0, 0.5], [1, 0.35], [2, 0.15]]));
  const outletName = (): string => varySpelling(c.pick(outlet.names), c);
  const fig = (s: Story): string => {
    const killed = c.chance(0.35) ? s.killed : Math.max(1, Math.round(s.killed * (0.7 + c.random() * 0.6)));
    return writeFigures(killed, s.injured > 0 ? Math.max(1, Math.round(s.injured * (0.6 + c.random() * 0.8))) : 0, s.victims, c);
  };
  const clause = (s: Story, date: string): string =>
    fill(c.pick(EVENT_CLAUSES[s.type] ?? EVENT_CLAUSES.airstrike ?? []), { P: name(s.perpetrator, c), T: name(s.target, c), L: placePhrase(s.place, c), D: date, F: fig(s) });
  const correspondent = PERSON_NAMES[world.outlets.indexOf(outlet) % PERSON_NAMES.length] as string;
  const attribute = (s: Story, date: string): string => {
    const kind = weighted(c, [['named', 0.3], ['anonymousToOutlet', 0.25], ['relayed', 0.3], ['correspondent', 0.15]] as const);
    const S = clause(s, date);
    if (kind === 'named') return fill(c.pick(FRAMES.named), { V: c.pick(SPEECH_VERBS), SRC: name(world.byId(c.pick(NAMED_SOURCE_IDS)), c), S, D2: date });
    if (kind === 'anonymousToOutlet') return fill(c.pick(FRAMES.anonymousToOutlet), { SRC: name(world.byId(c.pick(ANONYMOUS_IDS)), c), OUT: outletName(), S });
    if (kind === 'relayed') {
      const via = c.chance(0.7) ? genitive(name(world.byId(c.pick(ANONYMOUS_IDS)), c)) : name(world.byId(c.pick(NAMED_SOURCE_IDS)), c);
      return fill(c.pick(FRAMES.relayed), { AG: name(world.byId(c.pick(AGENCY_IDS)), c), SRC: via, S });
    }
    return fill(c.pick(FRAMES.correspondent), { OUT: outletName(), REG: region(s.place, c), WHO: correspondent, S });
  };

  const date = writeDate(story.day, publishedAt, c);
  const paragraphs: string[] = [`${attribute(story, date)}.`];
  for (let k = c.int(1, 3); k > 0; k--) {
    const more = [`${attribute(story, c.chance(0.5) ? date : '')}.`.replace(/ +([،.])/g, '$1')];
    if (c.chance(0.4)) more.push(fill(c.pick(CONTINUATIONS), { F: fig(story), L: placePhrase(story.place, c) }));
    paragraphs.push(more.join(' '));
  }
  if (!VICTIMLESS.has(story.type) && c.chance(0.3)) {
    const vars = { P: name(story.perpetrator, c), T: name(story.target, c), L: placePhrase(story.place, c), D: date, F: fig(story) };
    paragraphs.push(fill(c.pick(c.chance(0.6) ? DENIALS : ACCUSATIONS), vars));
  }
  const storyIds = [story.id];
  const tellEarlier = (): void => {
    const other = earlier(c);
    if (!other || storyIds.includes(other.id)) return;
    storyIds.push(other.id);
    paragraphs.push(fill(c.pick(EARLIER), { S: clause(other, writeDate(other.day, publishedAt, c)), SRC: name(world.byId(c.pick(NAMED_SOURCE_IDS)), c) }));
  };
  for (let k = c.int(0, 2); k > 0; k--) tellEarlier();
  const target = c.int(1900, 3000);
  const gov = story.place.governorate;
  const filler = shuffle([...FILLER], c);
  const length = (): number => paragraphs.reduce((n, p) => n + p.length + 2, 0);
  for (let guard = 0; length() < target && guard < 40; guard++) {
    if (filler.length >= 2 && c.chance(0.6)) {
      const vars = { A: name(zipfPick(world.perpetrators, c), c), GOV: varySpelling(gov, c), PL: placeName(story.place, c) };
      paragraphs.push([filler.pop() as string, filler.pop() as string].map((s) => fill(s, vars)).join(' '));
    } else if (storyIds.length < 5) tellEarlier();
    else paragraphs.push(fill(c.pick(CONTINUATIONS), { F: fig(story), L: placePhrase(story.place, c) }));
  }
  const body = paragraphs.join('\n\n');
  const title = fill(c.pick(TITLES[story.type] ?? TITLES.airstrike ?? []), {
    N: String(story.killed), PL: placeName(story.place, c), PS: name(story.perpetrator, c), TS: name(story.target, c), GOV: gov,
  });
  const meta: CorpusMeta = {
    id: `bench-s${seed}-${n}`,
    title: c.chance(0.7) ? title : null,
    outlet: c.chance(0.85) ? outlet.id : null,
    publishedAt: c.chance(0.9) ? publishedAt : null,
    url: `https://bench.example.org/${outlet.id}/${seed}/${n}`,
    language: 'ar',
  };
  const head: string[] = [];
  if (c.chance(0.5)) head.push(c.pick(SECTIONS), '');
  head.push(title, '');
  if (meta.outlet === null || c.chance(0.25)) head.push(`${correspondent} – ${varySpelling(gov, c)} – ${outletName()}:`);
  const text = [...head, body, '', ...c.pick(TAILS)].join('\n');
  return { file: `${meta.id}.txt`, text, meta, storyIds };
}

/** Given named placeholders, returns the template with each {KEY} replaced (unknown keys left as they are). */
function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{([A-Z0-9]+)\}/g, (whole, key: string) => vars[key] ?? whole).replace(/ {2,}/g, ' ');
}

function name(entity: Named, c: Chooser): string {
  return varySpelling(c.pick(entity.names), c);
}

/** "ناشطون محليون" after عن is written "ناشطين محليين". */
function genitive(text: string): string {
  return text.replace(/ون(?=\s|$)/g, 'ين');
}

function placeName(place: Place, c: Chooser): string {
  return varySpelling(c.pick(place.names), c);
}

function placePhrase(place: Place, c: Chooser): string {
  const heads = PLACE_HEADS[place.kind];
  const written = placeName(place, c);
  const core = heads && !HEAD_WORDS.some((h) => written.startsWith(`${h} `)) ? `${c.pick(heads)} ${written}` : written;
  if (c.chance(0.45)) return `${core} ${c.pick(['بريف', 'في ريف'])} ${varySpelling(place.governorate, c)}${c.pick(['', '', ' الشرقي', ' الغربي', ' الشمالي', ' الجنوبي'])}`;
  return core;
}

function region(place: Place, c: Chooser): string {
  return c.pick([varySpelling(place.governorate, c), `ريف ${varySpelling(place.governorate, c)}`, 'البادية', 'المنطقة الشرقية']);
}

function shuffle<T>(list: T[], c: Chooser): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = c.int(0, i);
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

function weighted<T>(c: Chooser, table: readonly (readonly [T, number])[]): T {
  let r = c.random();
  for (const [value, weight] of table) {
    r -= weight;
    if (r < 0) return value;
  }
  return (table[table.length - 1] as readonly [T, number])[0];
}

/** Lexicon order is roughly prominence: earlier entries are picked more often (Zipf-like), as in real news. */
function zipfPick<T>(list: readonly T[], c: Chooser): T {
  return list[Math.min(list.length - 1, Math.floor(list.length * c.random() ** 2.2))] as T;
}

function weightedSample<T>(list: readonly T[], k: number, c: Chooser): T[] {
  const chosen = new Set<T>();
  for (let guard = 0; chosen.size < Math.min(k, list.length) && guard < 100; guard++) chosen.add(zipfPick(list, c));
  return [...chosen];
}

/** Given a folder, writes the corpus as JSONL shards of `shardSize` articles (metadata on each line); returns the files. */
export function writeCorpus(corpus: Corpus, dir: string, shardSize = 1000): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < corpus.articles.length; i += shardSize) {
    const file = path.join(dir, `part-${String(i / shardSize).padStart(4, '0')}.jsonl`);
    const lines = corpus.articles.slice(i, i + shardSize).map((a) => JSON.stringify({ ...a.meta, text: a.text }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
  }
  return files;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const count = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  const out = process.argv[4] ?? path.join('bench', 'corpus', `seed${seed}-${count}`);
  const corpus = generateCorpus(count, seed, await readLexiconSources());
  const files = writeCorpus(corpus, out);
  process.stdout.write(`wrote ${corpus.articles.length} articles in ${files.length} JSONL files to ${out}\n${JSON.stringify(corpus.summary)}\n`);
}
