/**
 * Internal: pairs the quote marks of a span of text. Arabic news mixes “ ” « » ’’ ‘‘ and " and often turns them the
 * wrong way round (و”السفافنة”), so every quote mark counts alike and marks pair in order of appearance; a run of
 * marks (’’) is one mark. An odd mark out at the end is left unpaired.
 */
import { normalizeChar } from '../normalize/normalize-arabic.ts';
import type { Span } from '../types.ts';

/** Given a text and a span of it, returns the quoted stretches as spans from the opening to after the closing mark. */
export function pairQuotes(text: string, span: Span): Span[] {
  const marks: Span[] = [];
  for (let i = span.start; i < span.end; i++) {
    if (!isQuoteMark(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < span.end && isQuoteMark(text.charCodeAt(j))) j++;
    marks.push({ start: i, end: j });
    i = j - 1;
  }
  const pairs: Span[] = [];
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const open = marks[k];
    const close = marks[k + 1];
    if (open !== undefined && close !== undefined) pairs.push({ start: open.start, end: close.end });
  }
  return pairs;
}

/** Given a UTF-16 code unit, returns true when it is a quote mark of any kind. */
export function isQuoteMark(code: number): boolean {
  return normalizeChar(code) === '"';
}
