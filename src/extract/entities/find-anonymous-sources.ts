/**
 * Internal: unnamed sources beyond the lexicon's list. A listed source takes coordinated adjectives ("مصادر ميدانية
 * وحقوقية"); a source head takes nisba adjectives ("مسؤول عسكري", "مصادر كردية"); a source head may be tied to an
 * actor ("مواقع مقربة من تنظيم داعش", "مصادر موالية للنظام"), and the mention then ends with that actor's.
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { matchLongestPhrase } from '../lexicon/phrase-trie.ts';
import {
  addCandidate,
  createEntity,
  removeCandidate,
  isFree,
  offsetAfterPrefix,
  ownerOf,
  wordAt,
  type Candidate,
  type EntityScan,
} from './entity-scan.ts';
import { makeEntityId } from './make-entity-id.ts';
import { hasArticle, isNisba } from './word-shapes.ts';

const AND = '\u0648'; // WAW
const ACCUSATIVE = '\u0627'; // ALEF: the written accusative ending ("مصدراً")
// في من: a source with no adjective may be placed by them ("مسؤولون في المعارضة", "شهود من السكان").
const PLACING = new Set(['\u0641\u064a', '\u0645\u0646']);
const MAX_PLACED_WORDS = 3;
const GLUED_PREPOSITIONS = new Set(['\u0644', '\u0628']); // ل ب
const MAX_ADJECTIVES = 3;
const MAX_LINK_GAP = 2;
// مصدر مصادر: bare source words; إن أن بأن أنه إنه: "that", which opens what the source says.
const SOURCE_WORDS = new Set(['\u0645\u0635\u062f\u0631', '\u0645\u0635\u0627\u062f\u0631']);
// في من داخل لدى: links that only place a source.
const BARE_LINKS = new Set([
  '\u0641\u064a',
  '\u0645\u0646',
  '\u062f\u0627\u062e\u0644',
  '\u0644\u062f\u064a',
]);
const COMPLEMENTIZERS = new Set(['\u0627\u0646', '\u0628\u0627\u0646', '\u0627\u0646\u0647']);

/** Given a scan, extends listed unnamed sources and adds unnamed sources found by their head noun. */
export function findAnonymousSources(scan: EntityScan): void {
  for (const candidate of [...scan.candidates]) {
    if (candidate.dead || candidate.type !== 'anonymous_source') continue;
    extendWithAdjectives(scan, candidate);
    tieToActor(scan, candidate);
  }
  for (let i = 0; i < scan.tokens.length; i++) {
    const word = wordAt(scan, i);
    if (word === '' || scan.owner[i] !== -1) continue;
    for (const { stem: written, prefix } of listCliticStems(word)) {
      // "مصدراً", "شهوداً": the accusative's alef is no part of the head.
      const stem = toNominative(scan, written);
      const takesAdjectives = scan.lexicon.anonymousHeads.has(stem);
      if (!takesAdjectives && !scan.lexicon.anonymousLinkHeads.has(stem)) continue;
      if (readSource(scan, i, stem, prefix, takesAdjectives)) break;
    }
  }
}

/** "مصادر محلية مقربة من قسد": a listed source tied to an actor becomes that more specific source. */
function tieToActor(scan: EntityScan, candidate: Candidate): void {
  const link = readLink(scan, candidate.end);
  if (link === null) return;
  const words: string[] = [];
  for (let k = candidate.first; k < candidate.end; k++) words.push(wordAt(scan, k));
  words.push(...link.words);
  removeCandidate(scan, scan.candidates.indexOf(candidate));
  const entity = createEntity(scan, {
    id: makeEntityId('anonymous_source', words.join(' ')),
    type: 'anonymous_source',
    name: scan.text.slice(candidate.start, link.stop),
    words,
  });
  addCandidate(scan, {
    ...candidate,
    dead: false,
    entityId: entity.id,
    end: link.end,
    stop: link.stop,
    origin: 'pattern',
  });
}

/** "قال مصدر إن ..." / "مصادر أكدت لـ ...": a bare source word is a source when what it says follows. */
function isSaying(scan: EntityScan, index: number): boolean {
  const token = scan.tokens[index];
  if (token === undefined || token.newlineBefore) return false;
  return token.text === ':' || COMPLEMENTIZERS.has(token.text);
}

function isCoordinatedNisba(word: string): boolean {
  return word.startsWith(AND) && isAdjective(word.slice(1));
}

/** An indefinite nisba adjective, in the accusative too ("محلياً", "غربياً"). */
function isAdjective(word: string): boolean {
  return isNisba(word) || (word.endsWith(ACCUSATIVE) && isNisba(word.slice(0, -1)));
}

function toNominative(scan: EntityScan, word: string): string {
  if (!word.endsWith(ACCUSATIVE) || scan.lexicon.anonymousHeads.has(word)) return word;
  return word.slice(0, -1);
}

function extendWithAdjectives(scan: EntityScan, candidate: Candidate): void {
  let end = candidate.end;
  while (
    end - candidate.end < MAX_ADJECTIVES &&
    isFree(scan, end, end + 1) &&
    !scan.tokens[end]?.newlineBefore &&
    (isCoordinatedNisba(wordAt(scan, end)) || scan.lexicon.demonyms.has(wordAt(scan, end)))
  )
    end++;
  if (end === candidate.end) return;
  const index = scan.candidates.indexOf(candidate);
  for (let k = candidate.end; k < end; k++) scan.owner[k] = index;
  candidate.end = end;
  candidate.stop = scan.tokens[end - 1]?.origEnd ?? candidate.stop;
}

function readSource(
  scan: EntityScan,
  i: number,
  stem: string,
  prefix: number,
  takesAdjectives: boolean,
): boolean {
  const { tokens } = scan;
  let end = i + 1;
  if (takesAdjectives) {
    while (end - i - 1 < MAX_ADJECTIVES && isFree(scan, end, end + 1) && !tokens[end]?.newlineBefore) {
      const word = wordAt(scan, end);
      // "صفحات موالية لحزب الله": a word that opens a link to an actor is no adjective.
      if (readLink(scan, end, true) !== null) break;
      const plain = isPlainAdjective(scan, word) || isDirectionAdjective(scan, end);
      const ok = end === i + 1 ? plain : plain || isCoordinatedNisba(word);
      if (!ok) break;
      end++;
    }
  }
  const words = [stem];
  for (let k = i + 1; k < end; k++) words.push(wordAt(scan, k));
  let stop = tokens[end - 1]?.origEnd ?? 0;
  // "مسؤول كوردي في الإدارة الذاتية": a source with an adjective is named without where it works.
  const link = readLink(scan, end, end > i + 1);
  const placed = link === null && end === i + 1 ? readPlacedIn(scan, end) : 0;
  if (link !== null) {
    words.push(...link.words);
    end = link.end;
    stop = link.stop;
  } else if (placed > 0) {
    for (let k = end; k < end + placed; k++) words.push(wordAt(scan, k));
    end += placed;
    stop = tokens[end - 1]?.origEnd ?? stop;
  } else if (end === i + 1 && !(SOURCE_WORDS.has(stem) && isSaying(scan, end))) {
    return false;
  }
  const start = offsetAfterPrefix(scan, i, prefix);
  const entity = createEntity(scan, {
    id: makeEntityId('anonymous_source', words.join(' ')),
    type: 'anonymous_source',
    name: scan.text.slice(start, stop),
    words,
  });
  addCandidate(scan, {
    entityId: entity.id,
    type: 'anonymous_source',
    first: i,
    end,
    start,
    stop,
    origin: 'pattern',
  });
  return true;
}

/** "دبلوماسي غربي": a direction nisba is an adjective unless a place follows ("غربي درعا"). */
function isDirectionAdjective(scan: EntityScan, k: number): boolean {
  if (!scan.lexicon.directionWords.has(wordAt(scan, k)) || !isNisba(wordAt(scan, k))) return false;
  const next = ownerOf(scan, k + 1);
  return next?.type !== 'location' && !scan.lexicon.heads.has(wordAt(scan, k + 1));
}

function isPlainAdjective(scan: EntityScan, word: string): boolean {
  if (scan.lexicon.demonyms.has(word)) return true;
  // "لرواية": a word glued to ل or ب is no adjective (nationalities such as "لبناني" are demonyms).
  if (GLUED_PREPOSITIONS.has(word.charAt(0))) return false;
  return isAdjective(word) && !scan.lexicon.stopWords.has(word) && !scan.lexicon.heads.has(word);
}

/** "في المعارضة السورية", "من السكان": returns how many tokens name where an unqualified source is (0 if none). */
function readPlacedIn(scan: EntityScan, from: number): number {
  if (!PLACING.has(wordAt(scan, from)) || scan.tokens[from + 1]?.newlineBefore) return 0;
  let k = from + 1;
  while (k - from - 1 < MAX_PLACED_WORDS && isFree(scan, k, k + 1) && !scan.tokens[k]?.newlineBefore) {
    const word = wordAt(scan, k);
    if (!hasArticle(word) || scan.lexicon.stopWords.has(word)) break;
    k++;
  }
  return k > from + 1 ? k - from : 0;
}

/**
 * "مقربة من" + (descriptor or quote)* + a found actor, or a definite word that names one ("مقربة من التنظيم"):
 * returns the tokens up to the actor's end and its words. With `adjectiveBefore`, only a real link (not a bare
 * في or من) counts.
 */
function readLink(
  scan: EntityScan,
  from: number,
  adjectiveBefore = false,
): { end: number; stop: number; words: string[] } | null {
  const word = wordAt(scan, from);
  if (word === '' || (adjectiveBefore && BARE_LINKS.has(word))) return null;
  let best: { length: number; prefix: number } | null = null;
  for (const { stem, prefix } of listCliticStems(word)) {
    const match = matchLongestPhrase(scan.lexicon.anonymousLinks, scan.tokens, from, stem);
    if (match !== null && (best === null || match.length > best.length))
      best = { length: match.length, prefix };
  }
  if (best === null) return null;
  for (let k = from + best.length, gap = 0; k < scan.tokens.length && gap <= MAX_LINK_GAP; k++) {
    const actor = ownerOf(scan, k);
    // A place or a person there ("مصادر في دير الزور") ties the source to no actor.
    if (actor !== undefined && (actor.type === 'location' || actor.type === 'person')) return null;
    if (actor !== undefined) {
      let end = actor.end;
      while (scan.tokens[end]?.text === '"' && !scan.tokens[end]?.newlineBefore) end++;
      const stop = scan.tokens[end - 1]?.origEnd ?? actor.stop;
      return { end, stop, words: ['~', actor.entityId] };
    }
    const token = scan.tokens[k];
    if (token === undefined || token.newlineBefore) return null;
    // "مقربة من التنظيم": a definite word right after the link names the actor the article calls so.
    if (k === from + best.length && !BARE_LINKS.has(word) && isNamingWord(scan, token.text))
      return { end: k + 1, stop: token.origEnd, words: ['~', token.text] };
    if (token.isWord) gap++;
  }
  return null;
}

function isNamingWord(scan: EntityScan, word: string): boolean {
  return hasArticle(word) && !scan.lexicon.stopWords.has(word) && !isNisba(word.slice(2));
}
