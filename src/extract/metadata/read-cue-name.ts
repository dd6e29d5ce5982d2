/**
 * Internal: the name that follows an outlet cue in the body ("مراسل X", "لـ«X» إن", "في اتصال مع X"): a quoted
 * name, a known outlet, or up to three plain words before a particle, with a media head noun before it left out.
 */
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { matchLongestPhrase } from '../lexicon/phrase-trie.ts';
import type { Token } from '../normalize/tokenize-normalized.ts';

/** A name read after a cue, as token indexes `[first, end)` and normalized words. */
export interface CueName {
  first: number;
  end: number;
  words: string[];
  /** Index of the token after the name and its closing quote. */
  next: number;
  /** A media head noun stood before it ("وكالة X"). */
  headed: boolean;
  quoted: boolean;
}

const MAX_PLAIN_WORDS = 3;
const MAX_QUOTED_WORDS = 5;
const QUOTE = /^["'\u201c\u201d\u00ab\u00bb]$/;
const DIGITS = /^\d+$/;

/** Given the tokens, the index after a cue, the lexicon and words that end a name, returns the name there or null. */
export function readCueName(
  tokens: readonly Token[],
  from: number,
  lexicon: Lexicon,
  enders: ReadonlySet<string>,
): CueName | null {
  let k = from;
  const word = (i: number): string => (tokens[i]?.isWord === true ? (tokens[i]?.text ?? '') : '');
  if (tokens[k]?.newlineBefore === true && k > 0) return null;
  const headed = lexicon.heads.get(word(k))?.type === 'media';
  if (headed) k++;
  if (QUOTE.test(tokens[k]?.text ?? '')) {
    const words: string[] = [];
    let j = k + 1;
    for (; j < tokens.length && word(j) !== '' && words.length < MAX_QUOTED_WORDS; j++) words.push(word(j));
    if (words.length === 0 || !QUOTE.test(tokens[j]?.text ?? '')) return null;
    return { first: k + 1, end: j, next: j + 1, words, headed, quoted: true };
  }
  const known = word(k) === '' ? null : matchLongestPhrase(lexicon.names, tokens, k, word(k));
  if (known !== null && lexicon.entities[known.value.entity]?.type === 'media') {
    const words = tokens.slice(k, k + known.length).map((t) => t.text);
    return { first: k, end: k + known.length, next: k + known.length, words, headed, quoted: false };
  }
  const words: string[] = [];
  let j = k;
  for (; j < tokens.length && words.length < MAX_PLAIN_WORDS; j++) {
    const w = word(j);
    if (w === '' || (j > k && tokens[j]?.newlineBefore === true)) break;
    if (lexicon.stopWords.has(w) || enders.has(w) || (DIGITS.test(w) && j === k)) break;
    words.push(w);
    if (DIGITS.test(w)) {
      j++;
      break;
    }
  }
  if (words.length === 0) return null;
  return { first: k, end: k + words.length, next: k + words.length, words, headed, quoted: false };
}

/** Given the tokens, the index of a word with a glued clitic ("لعنب بلدي") and the lexicon, returns the known outlet it names, or null. */
export function readGluedName(tokens: readonly Token[], at: number, lexicon: Lexicon): CueName | null {
  for (const { stem, prefix } of listCliticStems(tokens[at]?.text ?? '')) {
    if (prefix === 0) continue;
    const known = matchLongestPhrase(lexicon.names, tokens, at, stem);
    if (known === null || lexicon.entities[known.value.entity]?.type !== 'media') continue;
    const words = [stem, ...tokens.slice(at + 1, at + known.length).map((t) => t.text)];
    const end = at + known.length;
    return { first: at, end, next: end, words, headed: false, quoted: false };
  }
  return null;
}
