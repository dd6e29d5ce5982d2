/**
 * Internal: reads the name of a body that speaks for a parent, as a whole: a head noun, its genitive chain, its
 * adjectives and a place or parent tied by في or لـ ("وزارة الدفاع الروسية", "مديرية صحة إدلب", "المكتب الإعلامي
 * لقوات سوريا الديمقراطية", "غرفة العمليات المركزية في الجنوب"), or a ministry's short form ("الخارجية الروسية").
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import type { CompiledBodyHead } from '../lexicon/lexicon-types.ts';
import { isFree, ownerOf, wordAt, type Candidate, type EntityScan } from './entity-scan.ts';
import { readBodyLink } from './read-body-link.ts';
import { hasArticle, isGluedDefinite, isNisba, withoutArticle } from './word-shapes.ts';

const BEH = '\u0628'; // BEH: "بقيادة" is "led by"
const AND = '\u0648'; // WAW
const MAX_CHAIN = 3;
// التي الذي الذين اللذين اللتين اللواتي: relative pronouns look definite.
const RELATIVES = new Set([
  '\u0627\u0644\u062a\u064a',
  '\u0627\u0644\u0630\u064a',
  '\u0627\u0644\u0630\u064a\u0646',
  '\u0627\u0644\u0644\u0630\u064a\u0646',
  '\u0627\u0644\u0644\u062a\u064a\u0646',
  '\u0627\u0644\u0644\u0648\u0627\u062a\u064a',
]);
const MAX_ADJECTIVES = 3;

/** A body's name as read: its tokens, the words that identify it, and what it is tied to. */
export interface BodyPhrase {
  first: number;
  end: number;
  /** Normalized prefix chars of the first token left out of the mention ("و" of "ووزارة"). */
  prefix: number;
  head: CompiledBodyHead;
  /** Normalized words identifying the body under its parent: head, domain, adjectives (no article). */
  key: string[];
  /** Ministry domains in the name ("خارجيه"), for later short references ("الخارجية"). */
  domain: string | null;
  /** The actor it belongs to, when a nationality or a linked actor names one. */
  parentId: string | null;
  /** The known place inside its name ("في إدلب"), or null. */
  place: Candidate | null;
  military: boolean;
}

/** Given a scan and a token index, returns the body whose name starts there, or null. */
export function readBody(scan: EntityScan, i: number): BodyPhrase | null {
  const word = wordAt(scan, i);
  if (word === '') return null;
  for (const { stem, prefix } of listCliticStems(word)) {
    const head = scan.lexicon.bodyHeads.get(withoutArticle(stem));
    if (head !== undefined) {
      if (head.verbal && prefix > 0 && word.slice(0, prefix).includes(BEH)) return null;
      return readFromHead(scan, i, prefix, head, hasArticle(stem));
    }
    if (scan.lexicon.ministryDomains.has(stem)) return readShortMinistry(scan, i, prefix, stem);
  }
  return null;
}

function isOpen(scan: EntityScan, k: number): boolean {
  return isFree(scan, k, k + 1) && wordAt(scan, k) !== '' && !scan.tokens[k]?.newlineBefore;
}

/** "الدفاع الروسية": a definite domain word and a feminine nationality adjective name the ministry. */
function readShortMinistry(scan: EntityScan, i: number, prefix: number, stem: string): BodyPhrase | null {
  const head = [...scan.lexicon.bodyHeads.values()].find((h) => h.ministry);
  const next = wordAt(scan, i + 1);
  const parentId = scan.lexicon.demonyms.get(withoutArticle(next));
  if (head === undefined || !isOpen(scan, i + 1) || !hasArticle(next) || parentId === undefined) return null;
  if (!next.endsWith('\u0647')) return null; // TEH MARBUTA: the adjective agrees with the unwritten وزارة
  const domain = withoutArticle(stem);
  return {
    first: i,
    end: i + 2,
    prefix,
    head,
    key: [head.word, domain],
    domain,
    parentId,
    place: null,
    military: false,
  };
}

function readFromHead(
  scan: EntityScan,
  i: number,
  prefix: number,
  head: CompiledBodyHead,
  definite: boolean,
): BodyPhrase | null {
  const { lexicon } = scan;
  const key = [head.word];
  let k = i + 1;
  let place: Candidate | null = null;
  let parentId: string | null = null;
  let domain: string | null = null;
  if (!definite) {
    // The genitive chain: indefinite nouns go on, a definite word or a known name ends it.
    let closed = false;
    while (k - i - 1 < MAX_CHAIN && !closed) {
      const owner = ownerOf(scan, k);
      if (owner !== undefined) {
        if (key.length === 1 || owner.first !== k || scan.tokens[k]?.newlineBefore) break;
        if (owner.type === 'location') place = owner;
        else parentId = owner.entityId;
        k = owner.end;
        closed = true;
        break;
      }
      if (!isOpen(scan, k)) break;
      const word = wordAt(scan, k);
      if (isGluedDefinite(word) || lexicon.heads.has(word)) break;
      // Definite nouns among the stop words ("العمليات") may complete a chain; particles never do.
      if (lexicon.stopWords.has(word) && (!hasArticle(word) || RELATIVES.has(word))) break;
      if (!hasArticle(word) && isNisba(word)) break;
      key.push(withoutArticle(word));
      k++;
      closed = hasArticle(word);
    }
    if (!closed) return null;
    domain = lexicon.ministryDomains.has('\u0627\u0644' + (key[1] ?? '')) ? (key[1] ?? null) : null;
    // "وزارة الخارجية والمغتربين": a coordinated definite noun belongs to the chain.
    const joined = wordAt(scan, k);
    if (place === null && parentId === null && isOpen(scan, k) && joined.startsWith(AND)) {
      if (hasArticle(joined.slice(1)) && !lexicon.stopWords.has(joined.slice(1))) {
        key.push(withoutArticle(joined.slice(1)));
        k++;
      }
    }
  }
  let military = lexicon.militaryAdjectives.has(wordAt(scan, k));
  let adjectives = 0;
  while (place === null && adjectives < MAX_ADJECTIVES && isOpen(scan, k)) {
    const word = wordAt(scan, k);
    if (!isBodyAdjective(scan, word)) break;
    const nationality = lexicon.demonyms.get(withoutArticle(word));
    if (nationality !== undefined) parentId ??= nationality;
    else key.push(withoutArticle(word));
    military ||= lexicon.militaryAdjectives.has(word);
    adjectives++;
    k++;
  }
  if (definite && adjectives === 0) return null;
  if (place === null && parentId === null) {
    const link = readBodyLink(scan, k);
    if (link !== null) {
      k = link.end;
      place = link.place;
      parentId = link.parentId;
      key.push(...link.words);
    } else if (definite) {
      return null;
    }
  }
  return { first: i, end: k, prefix, head, key, domain, parentId, place, military };
}

function isBodyAdjective(scan: EntityScan, word: string): boolean {
  if (!hasArticle(word) || scan.lexicon.stopWords.has(word)) return false;
  const bare = withoutArticle(word);
  return (
    scan.lexicon.nameAdjectives.has(word) ||
    scan.lexicon.bodyAdjectives.has(word) ||
    scan.lexicon.demonyms.has(bare) ||
    (isNisba(bare) && !scan.lexicon.placeAdjectives.has(word))
  );
}
