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
// Words that stand in bylines next to the outlet's name: خاص (exclusive), متابعات (follow-up), وكالات (agencies).
const EXCLUSIVE =
  /^(?:\u062e\u0627\u0635|\u0645\u062a\u0627\u0628\u0639\u0627\u062a|\u0648\u0643\u0627\u0644\u0627\u062a)$/;

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
  const colon =
    firstColon >= 0 && firstColon <= MAX_BYLINE_CHARS
      ? firstColon
      : raw.length <= MAX_BYLINE_CHARS && !/[.!?\u061f\u060c,]/.test(raw)
        ? raw.length
        : -1;
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
  // The outlet is the segment the lexicon knows as one, else the last ("حرية برس – متابعات:" names حرية برس).
  const known = named.filter((seg) => isKnownOutlet(raw.slice(seg.start, seg.end), lexicon));
  const outlet = known[known.length - 1] ?? (colon === raw.length ? undefined : named[named.length - 1]);
  if (outlet === undefined) return [];
  const hints: NameHint[] = [];
  const at = (seg: Span): Span => ({ start: line.start + seg.start, end: line.start + seg.end });
  hints.push({ ...at(outlet), type: 'media', role: 'outlet' });
  named
    .filter((seg) => seg !== outlet && named.indexOf(seg) < named.indexOf(outlet))
    .forEach((seg, k) => {
      hints.push({ ...at(seg), type: k === 0 ? 'person' : 'location', role: k === 0 ? 'reporter' : 'place' });
    });
  return hints;
}

function isKnownOutlet(segment: string, lexicon: Lexicon): boolean {
  const words = toPhraseWords(segment);
  let node = lexicon.names.next.get(words[0] ?? '');
  for (const word of words.slice(1)) node = node?.next.get(word);
  const entity = node?.value === undefined ? undefined : lexicon.entities[node.value.entity];
  return (
    entity?.type === 'media' || (words.length > 1 && lexicon.heads.get(words[0] ?? '')?.type === 'media')
  );
}
