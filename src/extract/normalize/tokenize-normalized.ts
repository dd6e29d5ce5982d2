/**
 * Public API: splits normalized text into word and punctuation tokens that keep both their normalized and their
 * original offsets, so that every stage matching on tokens can report spans of the original text.
 */
import type { NormalizedText } from './normalize-arabic.ts';

/** One token of the normalized text. */
export interface Token {
  /** Normalized text of the token (a word, or one punctuation character). */
  text: string;
  /** True for runs of letters and digits; false for a single punctuation character. */
  isWord: boolean;
  /** `[start, end)` in the normalized text. */
  start: number;
  end: number;
  /** `[origStart, origEnd)` in the original text. */
  origStart: number;
  origEnd: number;
  /** True when a line break separates this token from the previous one in the original text. */
  newlineBefore: boolean;
}

const isWordCode = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x064a) || // Arabic letters (normalized text holds no marks)
  (c >= 0x066e && c <= 0x06d3) || // extended Arabic letters (Persian, Urdu)
  (c >= 0x06fa && c <= 0x06ff) ||
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Given a normalized text and its original, returns its tokens in order (white space is never a token). */
export function tokenizeNormalized(norm: NormalizedText, original: string): Token[] {
  const tokens: Token[] = [];
  const text = norm.text;
  let i = 0;
  let prevOrigEnd = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    let j = i + 1;
    const isWord = isWordCode(c);
    if (isWord) while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    const origStart = norm.toOriginal[i] ?? 0;
    const origEnd = (norm.toOriginal[j - 1] ?? origStart) + 1;
    tokens.push({
      text: text.slice(i, j),
      isWord,
      start: i,
      end: j,
      origStart,
      origEnd,
      newlineBefore: tokens.length > 0 && hasLineBreak(original, prevOrigEnd, origStart),
    });
    prevOrigEnd = origEnd;
    i = j;
  }
  return tokens;
}

function hasLineBreak(original: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = original.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
