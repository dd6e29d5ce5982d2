/**
 * Internal: the lines of an article that may state its publication date: the short lines of its header (title,
 * byline, date line) before the first paragraph of prose, and any line opened by a publication marker ("نشر في").
 * A date inside the prose is the date of an event, not of the article.
 */
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import { splitLines } from '../segment/split-lines.ts';
import type { Span } from '../types.ts';
import { startsWithMarker } from './is-date-line.ts';

const HEADER_CHARS = 1500;
const MAX_HEADER_LINES = 8;
const MAX_MARKED_LINES = 30;
const PROSE_WORDS = 14;
const SENTENCE_END = /[.!?\u061f]["'\u201d\u00bb)]*$/;

/** Given the text and where its content ends, returns the spans of the lines that may hold its date. */
export function listDateLines(text: string, contentEnd: number): Span[] {
  const lines = splitLines(text, Math.min(contentEnd, HEADER_CHARS * 4))
    .filter((l) => !l.blank)
    .slice(0, MAX_MARKED_LINES);
  const out: Span[] = [];
  let inHeader = true;
  for (const [k, line] of lines.entries()) {
    const raw = text.slice(line.start, line.end);
    const words = toPhraseWords(raw.slice(0, 200));
    const prose = words.length > PROSE_WORDS || SENTENCE_END.test(raw);
    if (prose || k >= MAX_HEADER_LINES || line.start > HEADER_CHARS) inHeader = false;
    if (inHeader || startsWithMarker(words)) out.push({ start: line.start, end: line.end });
  }
  return out;
}
