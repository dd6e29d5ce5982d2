/**
 * Internal: a source line near the end of the page ("المصدر: X", "المصدر : وكالة X"), which names the outlet the
 * article comes from, even inside the trailing furniture.
 */
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import { splitLines } from '../segment/split-lines.ts';
import type { Span } from '../types.ts';
import { classifyBylineSegment } from './classify-byline-segment.ts';
import { getOutletCues } from './outlet-cue-lexicon.ts';

/** The outlet a source line names: its span and normalized words. */
export interface SourceLine extends Span {
  words: string[];
}

const TAIL_CHARS = 3000;
const MAX_TAIL_LINES = 15;
const LINE = /^(.{2,24}?)\s*[:\uff1a\u2013\u2014-]\s*(.{2,60})$/;

/** Given the text and the lexicon, returns the outlet named by the last source line, or null. */
export function findSourceLine(text: string, lexicon: Lexicon): SourceLine | null {
  const from = Math.max(0, text.length - TAIL_CHARS);
  const lines = splitLines(text)
    .filter((l) => !l.blank && l.start >= from)
    .slice(-MAX_TAIL_LINES)
    .reverse();
  const labels = getOutletCues().sourceLabels;
  for (const line of lines) {
    const match = LINE.exec(text.slice(line.start, line.end));
    if (match === null) continue;
    const label = toPhraseWords(match[1] ?? '');
    if (!labels.some((l) => l.length === label.length && l.every((w, k) => label[k] === w))) continue;
    const nameAt = line.end - (match[2] ?? '').length;
    const raw = match[2] ?? '';
    const name = raw.replace(/^["'\u201c\u00ab\s]+|["'\u201d\u00bb\s.]+$/g, '');
    const start = nameAt + raw.indexOf(name);
    const segment = {
      start,
      end: start + name.length,
      text: name,
      quoted: false,
      bracketed: false,
      afterColon: true,
    };
    const kind = classifyBylineSegment(segment, lexicon);
    if (kind !== 'outlet' && kind !== 'name') continue;
    return { start, end: start + name.length, words: toPhraseWords(name) };
  }
  return null;
}
