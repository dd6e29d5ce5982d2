/**
 * Internal: the lines of a text as spans of it, without their line-break characters.
 */
import type { Span } from '../types.ts';

/** A line of the original text; `blank` when it holds nothing but white space. */
export interface Line extends Span {
  blank: boolean;
}

const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** Given a text and an end offset (default: its length), returns its lines up to that offset, trimmed of spaces. */
export function splitLines(text: string, limit: number = text.length): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= limit; i++) {
    if (i < limit && !isBreak(text.charCodeAt(i))) continue;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    lines.push({ start: s, end: e, blank: s === e });
    // "\r\n" is one break.
    if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a && i + 1 < limit) i++;
    start = i + 1;
  }
  return lines;
}
