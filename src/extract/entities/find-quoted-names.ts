/**
 * Internal: names in quotes or brackets right after a head noun: وكالة “سانا”، شبكة “دير الزور 24″،
 * ناحية “السوسة”، بلدتي “الباغوز” و”السفافنة”. A quoted name that is a lexicon name stays that entity; a quoted
 * name that only starts with a known name of the head's type is that entity too ("ستيب الإخبارية"); any other
 * becomes a new entity of the head's type, and wins over lexicon names inside it ("دير الزور 24").
 */
import { matchLongestPhrase } from '../lexicon/phrase-trie.ts';
import { makeEntityId } from './make-entity-id.ts';
import {
  addCandidate,
  createEntity,
  isClauseBreak,
  isFree,
  offsetAfterPrefix,
  wordAt,
  type EntityScan,
  type Stretch,
} from './entity-scan.ts';
import { readHead, type HeadAt } from './read-head.ts';

const MAX_NAME_WORDS = 5;
const MAX_EXAMPLE_GAP = 10;
// منها ومنها أبرزها مثل ومثل بينها وبينها: "among them", "such as".
const EXAMPLE_WORDS = new Set([
  '\u0645\u0646\u0647\u0627',
  '\u0648\u0645\u0646\u0647\u0627',
  '\u0627\u0628\u0631\u0632\u0647\u0627',
  '\u0645\u062b\u0644',
  '\u0648\u0645\u062b\u0644',
  '\u0628\u064a\u0646\u0647\u0627',
  '\u0648\u0628\u064a\u0646\u0647\u0627',
]);
const AND = '\u0648'; // WAW

/** Given a scan, adds a candidate for every quoted or bracketed name that follows a head noun. */
export function findQuotedNames(scan: EntityScan): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    const at = readHead(scan, i);
    if (at === null) {
      readExample(scan, i);
      continue;
    }
    readList(scan, i, at, i + 1);
  }
}

/** "شبكات محلية في دير الزور، منها “فرات بوست”": a quoted example of a plural head named just before. */
function readExample(scan: EntityScan, i: number): void {
  if (!EXAMPLE_WORDS.has(wordAt(scan, i)) || !scan.stretches.has(i + 1)) return;
  for (let k = i - 1; k >= 0 && i - k <= MAX_EXAMPLE_GAP; k--) {
    if (isClauseBreak(scan, k + 1)) return;
    const at = readHead(scan, k);
    if (at !== null && at.head.plural) {
      readList(scan, k, { ...at, head: { ...at.head, includeHead: false } }, i + 1);
      return;
    }
  }
}

function readList(scan: EntityScan, i: number, at: HeadAt, from: number): void {
  let next = from;
  let count = 0;
  for (;;) {
    const stretch = scan.stretches.get(next);
    if (stretch === undefined || !addQuotedName(scan, i, at, stretch, count === 0)) break;
    count++;
    if (!at.head.plural) break;
    next = stretch.close + 1;
    const joiner = scan.tokens[next];
    if (joiner === undefined || !(joiner.text === AND || joiner.text === ',')) break;
    next++;
  }
}

function addQuotedName(
  scan: EntityScan,
  headIndex: number,
  at: HeadAt,
  stretch: Stretch,
  isFirst: boolean,
): boolean {
  const { tokens, lexicon } = scan;
  const words: string[] = [];
  for (let k = stretch.first; k <= stretch.last; k++) {
    const word = wordAt(scan, k);
    if (word === '' || lexicon.stopWords.has(word)) return false;
    words.push(word);
  }
  if (words.length === 0 || words.length > MAX_NAME_WORDS || !isFree(scan, stretch.first, stretch.last + 1))
    return false;
  const first = tokens[stretch.first];
  const last = tokens[stretch.last];
  if (first === undefined || last === undefined) return false;
  const known = matchLongestPhrase(lexicon.names, tokens, stretch.first, words[0] ?? '');
  const knownEntity = known === null ? undefined : lexicon.entities[known.value.entity];
  // Quotes delimit an organisation's name ("لواء “صقور الجبل”"); a place keeps its head ("مخيم “الركبان”").
  const withHead = at.head.includeHead && at.head.type === 'location' && isFirst;
  const start = withHead ? offsetAfterPrefix(scan, headIndex, at.prefix) : first.origStart;
  const stop = withHead ? (tokens[stretch.close]?.origEnd ?? last.origEnd) : last.origEnd;
  const range = withHead
    ? { first: headIndex, end: stretch.close + 1 }
    : { first: stretch.first, end: stretch.last + 1 };
  if (
    knownEntity !== undefined &&
    known !== null &&
    (known.length === words.length || knownEntity.type === at.head.type)
  ) {
    addCandidate(scan, {
      entityId: knownEntity.id,
      type: knownEntity.type,
      ...range,
      start,
      stop,
      origin: 'lexicon',
    });
    return true;
  }
  const nameWords = withHead ? [at.head.word, ...words] : words;
  const inner = scan.text.slice(first.origStart, last.origEnd);
  const headText = scan.text.slice(start, tokens[headIndex]?.origEnd ?? start);
  const entity = createEntity(scan, {
    id: makeEntityId(at.head.type, nameWords.join(' ')),
    type: at.head.type,
    name: withHead ? `${headText} ${inner}` : inner,
    words: nameWords,
  });
  addCandidate(scan, { entityId: entity.id, type: entity.type, ...range, start, stop, origin: 'pattern' });
  return true;
}
