/**
 * Public API: the clean stage. Finds web-page furniture: the trailing block (related articles, tags, comment
 * notices, share and follow lines, bare links, section lists) and stray lines inside the body (a "read also" link,
 * a bare URL, a section name heading the page). Offsets always refer to the original text.
 */
import { createDiagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import { splitLines, type Line } from '../segment/split-lines.ts';
import type { Span } from '../types.ts';

/** What the clean stage found. */
export interface CleanResult {
  /** Offset where trailing boilerplate begins (`text.length` when there is none). */
  contentEnd: number;
  /** Lines inside the content that are boilerplate, in order. */
  dropped: Span[];
  diagnostics: Diagnostic[];
}

/** strong: a marker or a link; weak: a tag or link-like short line; headline: a related article's title. */
type LineClass = 'strong' | 'weak' | 'headline' | 'content' | 'blank';

const MAX_WEAK_WORDS = 12;
const MAX_HEADLINE_WORDS = 16;
const MAX_LINK_WORDS = 3;
const MAX_MARKER_LINE_WORDS = 8;
const MAX_MARKER_TAIL = 4;
const MARKER_PREFIX_CHARS = 48;
const SENTENCE_END = /[.?!\u061f]\s*$/;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const PROSE_PUNCTUATION = /[.,:;?!\u060c\u061b\u061f]/;
const QUESTION_END = /[?\u061f]\s*$/;
const HASHTAG_LINE = /^\s*#\S+(?:\s+#\S+)*\s*$/;

/** Given the original text and the compiled lexicon, returns where the content ends and which lines are dropped. */
export function findBoilerplate(text: string, lexicon: Lexicon): CleanResult {
  const lines = splitLines(text);
  // Only the tail is classified: the walk back stops at the first line of prose.
  const classes: LineClass[] = new Array<LineClass>(lines.length).fill('content');
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k];
    if (line === undefined) break;
    classes[k] = classifyLine(text, line, lexicon);
    if (classes[k] === 'content') break;
  }
  const contentEnd = findTrailingStart(lines, classes, text.length);
  const dropped: Span[] = [];
  for (const line of lines) {
    if (line.blank || line.start >= contentEnd) continue;
    if (isInlineFurniture(text, line, lexicon)) dropped.push({ start: line.start, end: line.end });
  }
  const first = lines.find((line) => !line.blank && line.start < contentEnd);
  if (
    first !== undefined &&
    lexicon.boilerplate.sections.includes(lineWords(text, first)) &&
    dropped[0]?.start !== first.start
  ) {
    dropped.unshift({ start: first.start, end: first.end });
  }
  const diagnostics: Diagnostic[] = [];
  if (contentEnd < text.length) {
    diagnostics.push(
      createDiagnostic('EMPTY_SEGMENT', 'clean', 'trailing web boilerplate dropped', {
        span: { start: contentEnd, end: text.length },
        severity: 'info',
      }),
    );
  }
  return { contentEnd, dropped, diagnostics };
}

/**
 * Walks back from the end over furniture lines. Related-article headlines count only after a marker line (they
 * follow "اقرأ أيضاً"); before the first marker only tags and link-like lines do. Without a marker nothing is cut.
 */
function findTrailingStart(lines: readonly Line[], classes: readonly LineClass[], textEnd: number): number {
  let runStart = lines.length;
  for (let k = lines.length - 1; k >= 0 && classes[k] !== 'content'; k--) runStart = k;
  let firstStrong = -1;
  for (let k = runStart; k < lines.length; k++) {
    if (classes[k] === 'strong') {
      firstStrong = k;
      break;
    }
  }
  if (firstStrong < 0) return textEnd;
  let start = firstStrong;
  while (start - 1 >= runStart && (classes[start - 1] === 'weak' || classes[start - 1] === 'blank')) start--;
  while (classes[start] === 'blank') start++;
  return lines[start]?.start ?? textEnd;
}

function lineWords(text: string, line: Line): string {
  return toPhraseWords(text.slice(line.start, line.end)).join(' ');
}

function classifyLine(text: string, line: Line, lexicon: Lexicon): LineClass {
  if (line.blank) return 'blank';
  const raw = text.slice(line.start, line.end);
  if (URL_LINE.test(raw)) return 'strong';
  const words = lineWords(text, line);
  if (words === '') return 'weak'; // only symbols: "+", "|", "..."
  const count = words.split(' ').length;
  // "الكلمات المفتاحية: منبج، داعش، ..." : a marker and a colon head a list of any length.
  const colon = raw.search(/[:\uff1a]/);
  const label = colon > 0 ? toPhraseWords(raw.slice(0, colon)).join(' ') : '';
  if (label !== '' && !SENTENCE_END.test(raw) && lexicon.boilerplate.trailing.includes(label))
    return 'strong';
  if (
    count <= MAX_MARKER_LINE_WORDS &&
    lexicon.boilerplate.trailing.some(
      (m) => startsWithPhrase(words, m) && count <= m.split(' ').length + MAX_MARKER_TAIL,
    )
  ) {
    return 'strong';
  }
  if (isInlineFurniture(text, line, lexicon) || isNoticeOrCredit(raw, words, lexicon)) return 'strong';
  // Editors' initials ("هـ.ع / م.ش") sign off a wire story.
  if (count >= 2 && /[./]/.test(raw) && words.split(' ').every((w) => w.length <= 2)) return 'weak';
  // A short question is a related story's title ("ما الذي نعرفه عن ...؟"); it counts only after a marker.
  if (QUESTION_END.test(raw) && count <= MAX_WEAK_WORDS) return 'headline';
  if (PROSE_PUNCTUATION.test(raw) || count > MAX_WEAK_WORDS) {
    return count <= MAX_HEADLINE_WORDS && !SENTENCE_END.test(raw) && !/:\s*$/.test(raw)
      ? 'headline'
      : 'content';
  }
  // A very short line ("من سوريا") or a list of keywords without particles reads as a tag or a link.
  if (count <= MAX_LINK_WORDS || !words.split(' ').some((w) => lexicon.boilerplate.proseWords.has(w)))
    return 'weak';
  return SENTENCE_END.test(raw) || /:\s*$/.test(raw) ? 'content' : 'headline';
}

/** A notice to the reader anywhere in the line, a staff credit ("(تغطية صحفية ... - تحرير ...)"), a hashtag line. */
function isNoticeOrCredit(raw: string, words: string, lexicon: Lexicon): boolean {
  const padded = ` ${words} `;
  if (lexicon.boilerplate.notices.some((n) => padded.includes(` ${n} `))) return true;
  if (HASHTAG_LINE.test(raw)) return true;
  const parts = raw.replace(/^[\s(]+|[\s).]+$/g, '').split(/\s[-\u2013\u2014|]\s/);
  const credited = parts.filter((part) => {
    const head = toPhraseWords(part.slice(0, MARKER_PREFIX_CHARS)).join(' ');
    return lexicon.boilerplate.credits.some((c) => startsWithPhrase(head, c));
  }).length;
  return credited >= 2 || (credited === 1 && /^\s*\(/.test(raw) && /\)\s*$/.test(raw));
}

function isInlineFurniture(text: string, line: Line, lexicon: Lexicon): boolean {
  const raw = text.slice(line.start, line.end);
  if (URL_LINE.test(raw)) return true;
  // Markers open the line: its first words are enough.
  const words = toPhraseWords(raw.slice(0, MARKER_PREFIX_CHARS)).join(' ');
  return lexicon.boilerplate.inline.some((m) => startsWithPhrase(words, m));
}

function startsWithPhrase(words: string, phrase: string): boolean {
  return words === phrase || words.startsWith(phrase + ' ');
}
