/**
 * Internal: splits normalized text into word, number and punctuation tokens that keep their offsets in the
 * normalized and the original text, and the lexicon keys of every word.
 */
import type { NormalizedText } from '../normalize/normalize-arabic.ts';
import { listWordKeys } from './list-word-keys.ts';

/** One token of an article for the claims and incidents stages. */
export interface EventToken {
  /** Normalized text of the token. */
  text: string;
  kind: 'word' | 'number' | 'punct';
  /** `[start, end)` in the normalized text. */
  start: number;
  end: number;
  /** `[origStart, origEnd)` in the original text. */
  origStart: number;
  origEnd: number;
  /** Lookup keys of a word (see listWordKeys); empty for numbers and punctuation. */
  keys: string[];
  /** Value of a number token. */
  value?: number;
}

const isLetter = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

// A thousands separator joins digit groups only when exactly three digits follow it ("1,190").
function endOfNumber(text: string, from: number): number {
  let j = from;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  while (
    (text[j] === ',' || text[j] === '\u066c') &&
    isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) &&
    !isDigit(text.charCodeAt(j + 4))
  ) j += 4;
  return j;
}

/** Given a normalized text, returns its tokens in order (white space is never a token). */
export function tokenizeEventText(norm: NormalizedText): EventToken[] {
  const text = norm.text;
  const tokens: EventToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: EventToken['kind'] = 'punct';
    if (isLetter(c)) {
      kind = 'word';
      while (j < text.length && isLetter(text.charCodeAt(j))) j++;
    } else if (isDigit(c)) {
      kind = 'number';
      j = endOfNumber(text, i);
    }
    const origStart = norm.toOriginal[i] ?? 0;
    const origEnd = (norm.toOriginal[j - 1] ?? origStart) + 1;
    const tokenText = text.slice(i, j);
    const token: EventToken = { text: tokenText, kind, start: i, end: j, origStart, origEnd, keys: [] };
    if (kind === 'word') token.keys = listWordKeys(tokenText);
    if (kind === 'number') token.value = Number(tokenText.replace(/[,\u066c]/g, ''));
    tokens.push(token);
    i = j;
  }
  return tokens;
}
