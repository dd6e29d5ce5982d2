/**
 * Internal: unquoted names after a head noun. Places: "قرية الجرذي الشرقي", "مشفى اليرموك", and a head that is
 * part of the name taking in a known place ("مخيم الباغوز", "صحراء الأنبار العراقية"). Organisations and armed
 * groups: "جيش مغاوير الثورة", "مجلس منبج العسكري" (a known place plus a name adjective), "وكالة سانا".
 */
import {
  addCandidate,
  createEntity,
  isFree,
  ownerOf,
  removeCandidate,
  wordAt,
  offsetAfterPrefix,
  type EntityScan,
} from './entity-scan.ts';
import { makeEntityId } from './make-entity-id.ts';
import { readHead, type HeadAt } from './read-head.ts';
import { hasArticle, isGluedDefinite, isNisba, withoutArticle } from './word-shapes.ts';
import type { EntityType } from '../types.ts';

const MAX_PLACE_WORDS = 4;
const MAX_ORG_WORDS = 4;
const MAX_ADJECTIVES = 2;
const TEH_MARBUTA_NORMALIZED = '\u0647'; // HEH: normalized ة
const AND = '\u0648'; // WAW
const FEMININE_PLURAL = '\u0627\u062a'; // ALEF TEH: "-ات"
const MAX_LIST = 8;
const COUNTRYSIDE = '\u0631\u064a\u0641'; // ريف
// The head a listed place stands under: any name, definite or not, but never an agreeing adjective.
const LIST_HEAD: HeadAt = {
  head: {
    word: '',
    type: 'location',
    includeHead: false,
    quotedOnly: false,
    definiteOnly: false,
    plural: true,
  },
  prefix: 0,
};

/** Given a scan, adds a candidate for every unquoted name that follows a head noun. */
export function findHeadedNames(scan: EntityScan): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.owner[i] !== -1) continue;
    const at = readHead(scan, i);
    if (at === null) continue;
    const next = scan.tokens[i + 1];
    if (next === undefined || !next.isWord || next.newlineBefore) continue;
    if (at.head.type === 'location') readPlace(scan, i, at);
    else if (!at.head.quotedOnly) readOrganization(scan, i, at);
  }
}

function countAdjectives(scan: EntityScan, from: number, accept: (word: string) => boolean): number {
  let k = from;
  while (
    k - from < MAX_ADJECTIVES &&
    isFree(scan, k, k + 1) &&
    !scan.tokens[k]?.newlineBefore &&
    accept(wordAt(scan, k))
  )
    k++;
  return k - from;
}

function isPlaceAdjective(scan: EntityScan, word: string): boolean {
  return scan.lexicon.placeAdjectives.has(word) || scan.lexicon.demonyms.has(withoutArticle(word));
}

function isOrgAdjective(scan: EntityScan, word: string): boolean {
  return (
    scan.lexicon.nameAdjectives.has(word) ||
    (hasArticle(word) && scan.lexicon.demonyms.has(withoutArticle(word)))
  );
}

function readPlace(scan: EntityScan, i: number, at: HeadAt): void {
  const end = readFirstPlace(scan, i, at);
  if (end > 0 && at.head.plural) readPlaceList(scan, end);
}

/** Reads the place right after the head; returns the token index after it, or -1. */
function readFirstPlace(scan: EntityScan, i: number, at: HeadAt): number {
  const { lexicon } = scan;
  const known = ownerOf(scan, i + 1);
  if (known !== undefined) {
    if (known.type !== 'location' || known.first !== i + 1) return -1;
    if (!at.head.includeHead) return known.end;
    const end = known.end + countAdjectives(scan, known.end, (w) => isPlaceAdjective(scan, w));
    removeCandidate(scan, scan.owner[i + 1] ?? -1);
    addName(scan, i, at, i + 1, end, 'location');
    return end;
  }
  const word = wordAt(scan, i + 1);
  if (!isPlaceNameStart(scan, word, at, i + 1)) return -1;
  let end = i + 2;
  if (
    lexicon.placeNamePrefixes.has(word) &&
    isFree(scan, end, end + 1) &&
    wordAt(scan, end) !== '' &&
    !scan.tokens[end]?.newlineBefore &&
    !lexicon.stopWords.has(wordAt(scan, end))
  )
    end++;
  // "ريف درعا الشرقي": the direction qualifies the countryside, the place is درعا.
  if (at.head.word !== COUNTRYSIDE) end += countAdjectives(scan, end, (w) => isPlaceAdjective(scan, w));
  if (end - (i + 1) > MAX_PLACE_WORDS) end = i + 1 + MAX_PLACE_WORDS;
  addName(scan, i, at, i + 1, end, 'location');
  return end;
}

/** "بلدات كنصفرة وفليفل والفطيرة": more places after a plural head, joined by و or commas. */
function readPlaceList(scan: EntityScan, from: number): void {
  const { tokens } = scan;
  for (let k = from, count = 0; k < tokens.length && count < MAX_LIST; count++) {
    const comma = tokens[k]?.text === ',';
    if (comma) k++;
    const token = tokens[k];
    if (token === undefined || !token.isWord || token.newlineBefore) return;
    const known = ownerOf(scan, k);
    if (known !== undefined) {
      if (known.type !== 'location' || known.first !== k) return;
      k = known.end;
      continue;
    }
    const glued = token.text.startsWith(AND) && token.text.length > AND.length + 2;
    const prefix = glued ? AND.length : 0;
    const word = token.text.slice(prefix);
    if (!(glued || comma) || !isPlaceNameStart(scan, word, LIST_HEAD, -1)) return;
    const stop = token.origEnd;
    const start = offsetAfterPrefix(scan, k, prefix);
    const entity = createEntity(scan, {
      id: makeEntityId('location', word),
      type: 'location',
      name: scan.text.slice(start, stop),
      words: [word],
    });
    addCandidate(scan, {
      entityId: entity.id,
      type: 'location',
      first: k,
      end: k + 1,
      start,
      stop,
      origin: 'pattern',
    });
    k++;
  }
}

function isPlaceNameStart(scan: EntityScan, word: string, at: HeadAt, index: number): boolean {
  const { lexicon } = scan;
  if (index >= 0 && readHead(scan, index) !== null) return false; // "قرى وبلدات ...": another head, glued or not
  if (lexicon.heads.has(word)) return false;
  if (word === '' || /[0-9]/.test(word) || lexicon.stopWords.has(word) || isGluedDefinite(word)) return false;
  if (lexicon.heads.has(withoutArticle(word)) || lexicon.roles.next.has(word)) return false;
  if (lexicon.militaryNouns.has(word) || lexicon.groupNouns.has(withoutArticle(word))) return false;
  const definite = hasArticle(word);
  if (at.head.definiteOnly && !definite) return false;
  // An adjective ("مخيم عشوائي") or a plural common noun ("منطقة الاشتباكات") is no place name.
  if (!definite && isNisba(word)) return false;
  if (definite && at.head.definiteOnly && word.endsWith(FEMININE_PLURAL)) return false;
  // An indefinite adjective agreeing with a feminine head ("قرية صغيرة") is no name.
  if (!definite && at.head.word.endsWith(TEH_MARBUTA_NORMALIZED) && word.endsWith(TEH_MARBUTA_NORMALIZED))
    return false;
  return !(definite && isPlaceAdjective(scan, word));
}

function readOrganization(scan: EntityScan, i: number, at: HeadAt): void {
  const { lexicon } = scan;
  let known = ownerOf(scan, i + 1);
  // "وكالة أنباء ...": a word the lexicon reads as an unnamed source is part of the name after a head.
  if (
    known !== undefined &&
    known.type === 'anonymous_source' &&
    known.first === i + 1 &&
    known.end === i + 2
  ) {
    removeCandidate(scan, scan.owner[i + 1] ?? -1);
    known = undefined;
  }
  if (known !== undefined) {
    // "مجلس منبج العسكري": a known place plus a name adjective names the organisation.
    if (known.type !== 'location' || known.first !== i + 1 || !isOrgAdjective(scan, wordAt(scan, known.end)))
      return;
    const end = known.end + countAdjectives(scan, known.end, (w) => isOrgAdjective(scan, w));
    removeCandidate(scan, scan.owner[i + 1] ?? -1);
    addName(scan, i, at, i + 1, end, orgType(scan, at, i + 1, end));
    return;
  }
  const first = wordAt(scan, i + 1);
  if (first === '' || /[0-9]/.test(first) || lexicon.stopWords.has(first) || isGluedDefinite(first)) return;
  if (lexicon.heads.has(first) || lexicon.heads.has(withoutArticle(first)) || lexicon.roles.next.has(first))
    return;
  if (!hasArticle(first) && (isNisba(first) || first.endsWith(TEH_MARBUTA_NORMALIZED))) return;
  let end = i + 2;
  while (end - (i + 1) < MAX_ORG_WORDS && !scan.tokens[end]?.newlineBefore) {
    const word = wordAt(scan, end);
    const prev = wordAt(scan, end - 1);
    const place = ownerOf(scan, end);
    // "وكالة أنباء الشام": a one-word definite place completing the name in construct is part of it.
    if (
      place !== undefined &&
      place.type === 'location' &&
      place.first === end &&
      place.end === end + 1 &&
      hasArticle(word) &&
      !hasArticle(prev)
    ) {
      removeCandidate(scan, scan.owner[end] ?? -1);
      end++;
      continue;
    }
    if (!isFree(scan, end, end + 1)) break;
    if (word === '' || lexicon.stopWords.has(word) || isGluedDefinite(word) || lexicon.heads.has(word)) break;
    const idafa = hasArticle(word) && !hasArticle(prev);
    const transliterated =
      at.head.type === 'media' && !hasArticle(word) && !hasArticle(prev) && !word.startsWith('\u0648');
    if (!(idafa || isOrgAdjective(scan, word) || transliterated)) break;
    end++;
  }
  // One indefinite common word is no organisation ("مجلس عزاء"); outlets may be one foreign word ("وكالة سانا").
  if (end === i + 2 && !hasArticle(first) && at.head.type !== 'media') return;
  addName(scan, i, at, i + 1, end, orgType(scan, at, i + 1, end));
}

function orgType(scan: EntityScan, at: HeadAt, first: number, end: number): EntityType {
  for (let k = first; k < end; k++)
    if (scan.lexicon.militaryAdjectives.has(wordAt(scan, k))) return 'armed_group';
  return at.head.type;
}

function addName(
  scan: EntityScan,
  headIndex: number,
  at: HeadAt,
  first: number,
  end: number,
  type: EntityType,
): void {
  const lastToken = scan.tokens[end - 1];
  const firstToken = scan.tokens[first];
  if (lastToken === undefined || firstToken === undefined) return;
  const words: string[] = [];
  for (let k = first; k < end; k++) words.push(wordAt(scan, k));
  const withHead = at.head.includeHead;
  const nameWords = withHead ? [at.head.word, ...words] : words;
  const start = withHead ? offsetAfterPrefix(scan, headIndex, at.prefix) : firstToken.origStart;
  const entity = createEntity(scan, {
    id: makeEntityId(type, nameWords.join(' ')),
    type,
    name: scan.text.slice(start, lastToken.origEnd),
    words: nameWords,
  });
  addCandidate(scan, {
    entityId: entity.id,
    type,
    first: withHead ? headIndex : first,
    end,
    start,
    stop: lastToken.origEnd,
    origin: 'pattern',
  });
}
