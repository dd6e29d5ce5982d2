/**
 * Internal: the header of an article (the short lines under its title, and the dateline opening its first
 * paragraph) read into name hints for the entity stage: the outlet as media, the reporter as person, the place as
 * location. Styles: "X - خاص", "CITY – X", "X – CITY", "CITY/ X", "CITY-X", "CITY - «X» - وكالات", "X / وكالات",
 * "CITY1 - CITY2: «X»", "CITY - X - REPORTER", "REPORTER – PLACE – OUTLET:", "CITY (X) - ..." and "CITY – X: ...".
 */
import type { EntityType, Span } from '../types.ts';
import { splitLines, type Line } from '../segment/split-lines.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import { assignBylineRoles } from './assign-byline-roles.ts';
import { classifyBylineSegment, type SegmentKind } from './classify-byline-segment.ts';
import { isDateLine } from './is-date-line.ts';
import { splitByline } from './split-byline.ts';

/** A span the entity stage must read as a name of the given type (unless the lexicon knows it). */
export interface NameHint extends Span {
  type: EntityType;
  /** The byline role of the hint; `outlet` hints after the first are further mentions of the same outlet. */
  role: 'outlet' | 'reporter' | 'place';
  /** For an outlet read from its position alone ("CITY - X"): other names of the line that may be it. */
  alternatives?: Span[];
  /** The outlet's normalized words, when the span may lie outside the content (a source line in the furniture). */
  words?: string[];
}

const HEADER_CHARS = 1500;
const MAX_HEADER_LINES = 8;
const MAX_BYLINE_WORDS = 10;
const MAX_PREFIX_CHARS = 70;
const PROSE_WORDS = 14;
const SENTENCE_END = /[.!?\u061f]["'\u201d\u00bb)]*$/;

/**
 * Given the text and where its content ends, returns the header's name hints (empty when there is no byline):
 * the first header line that names an outlet, or the dateline of the first paragraph.
 */
export function findByline(text: string, contentEnd: number, lexicon: Lexicon): NameHint[] {
  const lines = splitLines(text, Math.min(contentEnd, HEADER_CHARS))
    .filter((l) => !l.blank)
    .slice(0, MAX_HEADER_LINES);
  // Lines naming only a reporter and a place are kept while the header goes on naming the outlet.
  const names: NameHint[] = [];
  for (const [k, line] of lines.entries()) {
    const raw = text.slice(line.start, line.end);
    const words = toPhraseWords(raw).length;
    if (words > PROSE_WORDS || SENTENCE_END.test(raw)) return [...readPrefix(text, line, lexicon), ...names];
    if (words > MAX_BYLINE_WORDS || isDateLine(raw, lexicon)) continue;
    const hints = readLine(text, line, raw.length, lexicon, k === 0);
    if (hints.some((h) => h.role === 'outlet')) return [...hints, ...names];
    names.push(...hints);
  }
  return names;
}

/** The dateline opening the first paragraph: "CITY (X) - ...", "CITY – X: ...". */
function readPrefix(text: string, line: Line, lexicon: Lexicon): NameHint[] {
  const head = text.slice(line.start, Math.min(line.end, line.start + MAX_PREFIX_CHARS));
  const bracket = /^[^()\n]{2,30}?\s*\([^()\n]{2,30}\)\s*[-\u2010-\u2015\u0640]/.exec(head);
  const colon = head.search(/[:\uff1a]/);
  const end = bracket !== null ? bracket[0].length - 1 : colon;
  if (end <= 0) return [];
  return readLine(text, { start: line.start, end: line.start + end + 1, blank: false }, end, lexicon, false);
}

function readLine(text: string, line: Line, closeAt: number, lexicon: Lexicon, isFirst: boolean): NameHint[] {
  const raw = text.slice(line.start, line.end);
  const { segments, colon } = splitByline(raw);
  if (segments.length === 0) return [];
  const kinds: SegmentKind[] = segments.map((s) => classifyBylineSegment(s, lexicon));
  const colonCloses = colon >= 0 && !segments.some((s) => s.afterColon) && colon >= closeAt - 1;
  const single = segments.length === 1 && !colonCloses;
  // A lone name under the title is an outlet only when its form says so ("العربية.نت", "وكالة X").
  if (single && (kinds[0] !== 'outlet' || segments[0]?.bracketed === true)) return [];
  // The title itself is a byline only in a byline's form: a colon closing it, a marker, an outlet.
  if (
    isFirst &&
    !colonCloses &&
    !kinds.includes('marker') &&
    !kinds.includes('outlet') &&
    segments.length < 3
  )
    return [];
  const roles = assignBylineRoles(
    kinds,
    segments.map((s) => s.afterColon),
    colonCloses,
  );
  const at = (i: number): Span => ({
    start: line.start + (segments[i]?.start ?? 0),
    end: line.start + (segments[i]?.end ?? 0),
  });
  const hints: NameHint[] = [];
  if (roles.outlet !== null) {
    const outlet: NameHint = { ...at(roles.outlet), type: 'media', role: 'outlet' };
    if (roles.byPosition) outlet.alternatives = roles.alternatives.map(at);
    hints.push(outlet);
  }
  if (roles.reporter !== null) hints.push({ ...at(roles.reporter), type: 'person', role: 'reporter' });
  for (const i of roles.places) hints.push({ ...at(i), type: 'location', role: 'place' });
  return hints;
}
