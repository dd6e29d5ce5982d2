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
import { isNisba } from './word-shapes.ts';

const AND = '\u0648'; // WAW
const MAX_ADJECTIVES = 3;
const MAX_LINK_GAP = 2;
// مصدر مصادر: bare source words; إن أن بأن أنه إنه: "that", which opens what the source says.
const SOURCE_WORDS = new Set(['\u0645\u0635\u062f\u0631', '\u0645\u0635\u0627\u062f\u0631']);
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
    for (const { stem, prefix } of listCliticStems(word)) {
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
  return word.startsWith(AND) && isNisba(word.slice(1));
}

function extendWithAdjectives(scan: EntityScan, candidate: Candidate): void {
  let end = candidate.end;
  while (
    end - candidate.end < MAX_ADJECTIVES &&
    isFree(scan, end, end + 1) &&
    !scan.tokens[end]?.newlineBefore &&
    isCoordinatedNisba(wordAt(scan, end))
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
  const { tokens, lexicon } = scan;
  let end = i + 1;
  if (takesAdjectives) {
    while (end - i - 1 < MAX_ADJECTIVES && isFree(scan, end, end + 1) && !tokens[end]?.newlineBefore) {
      const word = wordAt(scan, end);
      const plain = isNisba(word) && !lexicon.stopWords.has(word) && !lexicon.heads.has(word);
      const ok = end === i + 1 ? plain : plain || isCoordinatedNisba(word);
      if (!ok) break;
      end++;
    }
  }
  const words = [stem];
  for (let k = i + 1; k < end; k++) words.push(wordAt(scan, k));
  let stop = tokens[end - 1]?.origEnd ?? 0;
  const link = readLink(scan, end);
  if (link !== null) {
    words.push(...link.words);
    end = link.end;
    stop = link.stop;
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

/** "مقربة من" + (descriptor or quote)* + a found actor: returns the tokens up to the actor's end and its words. */
function readLink(scan: EntityScan, from: number): { end: number; stop: number; words: string[] } | null {
  const word = wordAt(scan, from);
  if (word === '') return null;
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
    if (token.isWord) gap++;
  }
  return null;
}
