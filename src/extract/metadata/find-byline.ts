/**
 * Internal: the byline some outlets put on the first line, "REPORTER – PLACE – OUTLET:" or "– OUTLET:", read into
 * name hints for the entity stage (the outlet as media, the reporter as person, the place as location).
 */
import type { EntityType, Span } from '../types.ts';
import { splitLines } from '../segment/split-lines.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { toPhraseWords } from '../lexicon/phrase-words.ts';

/** A span the entity stage must read as a name of the given type (unless the lexicon knows it). */
export interface NameHint extends Span {
  type: EntityType;
  /** The byline role of the hint. */
  role: 'outlet' | 'reporter' | 'place';
}

const SEPARATOR = /\s*[\u2013\u2014\u2012|-]\s*/g;
const MAX_SEGMENT_WORDS = 4;
const MAX_SEGMENTS = 4;
const MAX_BYLINE_CHARS = 80;
const SEPARATOR_TEST = /\s[\u2013\u2014\u2012|-]\s|^\s*[\u2013\u2014\u2012-]/;
// "خاص" (exclusive) stands in bylines next to the outlet's name.
const EXCLUSIVE = /^\u062e\u0627\u0635$/;

/**
 * Given the text and where its content ends, returns the byline's name hints (empty when there is no byline):
 * the last dash-separated segment is the outlet, the first the reporter (or a place, when the lexicon knows it).
 */
export function findByline(text: string, contentEnd: number, lexicon: Lexicon): NameHint[] {
  const line = splitLines(text, contentEnd).find((l) => !l.blank);
  if (line === undefined) return [];
  const raw = text.slice(line.start, line.end);
  // "REPORTER – PLACE – OUTLET:" alone or opening the first paragraph, or a short dashed line without a colon.
  const firstColon = raw.search(/[:\uff1a]/);
  const colon = firstColon >= 0 && firstColon <= MAX_BYLINE_CHARS ? firstColon
    : raw.length <= MAX_BYLINE_CHARS && !/[.!?\u061f\u060c,]/.test(raw) ? raw.length : -1;
  if (colon < 0 || !SEPARATOR_TEST.test(raw.slice(0, colon))) return [];
  const segments: Span[] = [];
  let from = 0;
  for (const m of raw.slice(0, colon).matchAll(SEPARATOR)) {
    segments.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  segments.push({ start: from, end: colon });
  const named = segments.filter((s) => s.end > s.start && !EXCLUSIVE.test(raw.slice(s.start, s.end).trim()));
  if (segments.length < 2 || named.length > MAX_SEGMENTS || named.length === 0) return [];
  if (named.some((s) => raw.slice(s.start, s.end).trim().split(/\s+/).length > MAX_SEGMENT_WORDS)) return [];
  const last = named[named.length - 1];
  // Without a colon, a dashed line is a byline only when it ends with a known outlet ("خاص – عنب بلدي").
  if (last === undefined || (colon === raw.length && !isKnownOutlet(raw.slice(last.start, last.end), lexicon))) return [];
  const hints: NameHint[] = [];
  const at = (s: Span): Span => ({ start: line.start + s.start, end: line.start + s.end });
  hints.push({ ...at(last), type: 'media', role: 'outlet' });
  named.slice(0, -1).forEach((s, k) => {
    hints.push({ ...at(s), type: k === 0 ? 'person' : 'location', role: k === 0 ? 'reporter' : 'place' });
  });
  return hints;
}

function isKnownOutlet(segment: string, lexicon: Lexicon): boolean {
  const words = toPhraseWords(segment);
  let node = lexicon.names.next.get(words[0] ?? '');
  for (const word of words.slice(1)) node = node?.next.get(word);
  const entity = node?.value === undefined ? undefined : lexicon.entities[node.value.entity];
  return entity?.type === 'media' || (words.length > 1 && lexicon.heads.get(words[0] ?? '')?.type === 'media');
}
