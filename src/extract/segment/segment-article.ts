/**
 * Public API: the segment stage. Given the text and what the clean stage found, returns the title, paragraphs and
 * sentences of the content; each line is a paragraph, and no sentence crosses a line break.
 */
import type { CleanResult } from '../clean/find-boilerplate.ts';
import type { Segmentation, Sentence, Span } from '../types.ts';
import { splitLines, type Line } from './split-lines.ts';
import { splitSentences } from './split-sentences.ts';

const MAX_TITLE_WORDS = 25;
const MAX_SHORT_TITLE_WORDS = 15;
const MAX_HEADING_WORDS = 16;
const FINAL_PUNCTUATION = /[.!?:\u061f\u061b\u2026]["'\u201d\u00bb)]*$/;
const MAX_DATELINE_WORDS = 4;
const DASH = /\s[\u2013\u2014-]\s|^\s*[\u2013\u2014-]/;
const BYLINE = /[\u2013\u2014-].*[:\uff1a]\s*$/;

/** Given the original text and the clean result, returns the segmentation of the content. */
export function segmentArticle(text: string, clean: CleanResult): Segmentation {
  const lines = splitLines(text, clean.contentEnd).filter(
    (line) => !line.blank && !isDropped(line, clean.dropped),
  );
  const sentences: Sentence[] = [];
  let title: Sentence | null = null;
  const paragraphs: Span[] = [];
  // A dateline ("عفرين – خاص") above the title is not the title: the line after it may be.
  const titleLine = lines[0] !== undefined && isDateline(text, lines[0]) ? 1 : 0;
  lines.forEach((line, k) => {
    const paragraph = paragraphs.length;
    paragraphs.push({ start: line.start, end: line.end });
    if (k === titleLine && lines.length > k + 1 && isTitleLine(text, line)) {
      title = { start: line.start, end: line.end, index: sentences.length, paragraph, isTitle: true };
      sentences.push(title);
      return;
    }
    const heading = k + 1 < lines.length && isHeadingLine(text, line);
    for (const span of splitSentences(text, line)) {
      const sentence: Sentence = { ...span, index: sentences.length, paragraph, isTitle: false };
      if (heading) sentence.isHeading = true;
      sentences.push(sentence);
    }
  });
  return { title, paragraphs, sentences, contentEnd: clean.contentEnd, dropped: clean.dropped };
}

function countWords(text: string, line: Line): number {
  return text
    .slice(line.start, line.end)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function isDateline(text: string, line: Line): boolean {
  const raw = text.slice(line.start, line.end);
  return DASH.test(raw) && countWords(text, line) <= MAX_DATELINE_WORDS && !FINAL_PUNCTUATION.test(raw);
}

function isTitleLine(text: string, line: Line): boolean {
  const raw = text.slice(line.start, line.end);
  const words = countWords(text, line);
  if (BYLINE.test(raw) || raw.trimEnd().endsWith(':')) return false;
  if (words > MAX_TITLE_WORDS) return false;
  return !FINAL_PUNCTUATION.test(raw) || words <= MAX_SHORT_TITLE_WORDS;
}

function isHeadingLine(text: string, line: Line): boolean {
  const raw = text.slice(line.start, line.end);
  return (
    !FINAL_PUNCTUATION.test(raw) && !/[\u060c,]\s*$/.test(raw) && countWords(text, line) <= MAX_HEADING_WORDS
  );
}

function isDropped(line: Line, dropped: readonly Span[]): boolean {
  return dropped.some((span) => span.start <= line.start && span.end >= line.end);
}
