/**
 * Internal: the place or parent that ends a body's name, tied by في or لـ ("في إدلب", "في مقاطعة عفرين",
 * "لقوات سوريا الديمقراطية", "لمدينة بصر الحرير", "في الجنوب", "للجيش والقوات المسلحة").
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { isFree, ownerOf, wordAt, type Candidate, type EntityScan } from './entity-scan.ts';
import { hasArticle, isNisba, withoutArticle } from './word-shapes.ts';

const IN = '\u0641\u064a'; // في
const LAM = '\u0644'; // ل
const AND = '\u0648'; // WAW

/** What a link reads: where the name ends, its place or parent, and words that identify it otherwise. */
export interface BodyLink {
  end: number;
  place: Candidate | null;
  parentId: string | null;
  words: string[];
}

/** Given a scan and the token after a body's head and adjectives, returns the link that ends its name, or null. */
export function readBodyLink(scan: EntityScan, k: number): BodyLink | null {
  const token = scan.tokens[k];
  if (token === undefined || !token.isWord || token.newlineBefore) return null;
  if (token.text === IN || token.text === LAM) return readTarget(scan, k + 1, 1);
  if (!listCliticStems(token.text).some(({ prefix }) => prefix > 0 && token.text[prefix - 1] === LAM))
    return null;
  // "لقوات سوريا الديمقراطية": the name after the glued lam is the target.
  return readTarget(scan, k, 1);
}

function toLink(owner: Candidate): BodyLink {
  return owner.type === 'location'
    ? { end: owner.end, place: owner, parentId: null, words: [] }
    : { end: owner.end, place: null, parentId: owner.entityId, words: [] };
}

function readTarget(scan: EntityScan, j: number, skips: number): BodyLink | null {
  const token = scan.tokens[j];
  if (token === undefined || !token.isWord || token.newlineBefore) return null;
  const owner = ownerOf(scan, j);
  if (owner !== undefined) return owner.first === j && owner.type !== 'person' ? toLink(owner) : null;
  const word = wordAt(scan, j);
  for (const { stem } of listCliticStems(word)) {
    // "في الجنوب", "للجيش والقوات المسلحة": a direction or a military noun ends the name.
    const bare = withoutArticle(stem);
    if (hasArticle(stem) && (scan.lexicon.directionWords.has(bare) || scan.lexicon.militaryNouns.has(stem)))
      return { end: readCoordinated(scan, j + 1), place: null, parentId: null, words: [bare] };
    // "في مقاطعة عفرين", "لمدينة بصر الحرير": a place head before the place.
    const head = scan.lexicon.heads.get(stem);
    if (skips > 0 && head?.type === 'location') return readTarget(scan, j + 1, skips - 1);
  }
  if (skips > 0 && !hasArticle(word) && !scan.lexicon.stopWords.has(word) && !isNisba(word)) {
    const next = ownerOf(scan, j + 1);
    if (next?.type === 'location' && next.first === j + 1) return toLink(next);
  }
  return null;
}

/** "والقوات المسلحة": a coordinated definite noun and its adjectives after the link's word. */
function readCoordinated(scan: EntityScan, k: number): number {
  const word = wordAt(scan, k);
  if (!isFree(scan, k, k + 1) || !word.startsWith(AND) || !hasArticle(word.slice(1))) return k;
  let end = k + 1;
  while (end < k + 3 && isFree(scan, end, end + 1) && hasArticle(wordAt(scan, end))) {
    const word = wordAt(scan, end);
    const adjective =
      isNisba(withoutArticle(word)) ||
      scan.lexicon.nameAdjectives.has(word) ||
      scan.lexicon.militaryAdjectives.has(word);
    if (!adjective) break;
    end++;
  }
  return end;
}
