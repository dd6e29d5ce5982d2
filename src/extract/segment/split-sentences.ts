/**
 * Internal: splits one paragraph into sentences at . ! ? ؟ ؛ ; but not inside a number (1.5), after an
 * abbreviation (a lone letter, "Dr."), inside quotes, or at an ellipsis that the line goes on after.
 */
import type { Span } from '../types.ts';
import { pairQuotes } from './pair-quotes.ts';

const TERMINATORS = new Set(['.', '!', '?', '\u061f', '\u061b', ';', '\u06d4']); // ؟ ؛ and ARABIC FULL STOP
const LATIN_ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'no',
  'vs',
  'etc',
  'jr',
  'sr',
  'gen',
  'col',
  'lt',
  'u.s',
  'u.n',
]);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/** Given a text and a paragraph span, returns the paragraph's sentence spans, trimmed of white space. */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const quoted = pairQuotes(text, paragraph);
  const sentences: Span[] = [];
  let start = paragraph.start;
  let q = 0;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = text[i] ?? '';
    if (!TERMINATORS.has(c)) continue;
    while (q < quoted.length && (quoted[q]?.end ?? 0) <= i) q++;
    const inQuote = q < quoted.length && (quoted[q]?.start ?? Infinity) < i;
    let end = i + 1;
    while (end < paragraph.end && (TERMINATORS.has(text[end] ?? '') || text[end] === '\u2026')) end++;
    if (inQuote || !isBoundary(text, i, end, paragraph)) {
      i = end - 1;
      continue;
    }
    // A closing quote or bracket right after the terminator stays with the sentence.
    while (end < paragraph.end && /["'\u201d\u2019\u00bb)\]\u2033]/.test(text[end] ?? '')) end++;
    pushTrimmed(text, start, end, sentences);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, paragraph.end, sentences);
  return sentences;
}

function isBoundary(text: string, at: number, end: number, paragraph: Span): boolean {
  const c = text[at];
  const next = text[end];
  if (c === '.' && end === at + 1) {
    if (isDigit(text[at - 1]) && isDigit(next)) return false; // 1.5
    if (isAbbreviation(text, at)) return false;
  }
  // An ellipsis the line goes on after is a pause, not an end.
  if (c === '.' && end - at >= 2 && end < paragraph.end) return false;
  return true;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && (isLetter(text[s - 1]) || (text[s - 1] === '.' && isLetter(text[s - 2])))) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1) return true; // a lone letter: "د." "م." "A."
  return LATIN_ABBREVIATIONS.has(word);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
}
