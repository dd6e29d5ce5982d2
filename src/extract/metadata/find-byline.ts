/**
 * Internal: the byline some outlets put on the first line, "REPORTER – PLACE – OUTLET:" or "– OUTLET:", read into
 * name hints for the entity stage (the outlet as media, the reporter as person, the place as location).
 */
import type { EntityType, Span } from '../types.ts';
import { splitLines } from '../segment/split-lines.ts';

/** A span the entity stage must read as a name of the given type (unless the lexicon knows it). */
export interface NameHint extends Span {
  type: EntityType;
  /** The byline role of the hint. */
  role: 'outlet' | 'reporter' | 'place';
}

const SEPARATOR = /\s*[\u2013\u2014\u2012|-]\s*/g;
const MAX_SEGMENT_WORDS = 4;
const MAX_SEGMENTS = 4;

/** Given the text and where its content ends, returns the byline's name hints (empty when there is no byline). */
export function findByline(text: string, contentEnd: number): NameHint[] {
  const line = splitLines(text, contentEnd).find((l) => !l.blank);
  if (line === undefined) return [];
  const raw = text.slice(line.start, line.end);
  const colon = raw.search(/[:\uff1a]\s*$/);
  if (colon < 0) return [];
  const segments: Span[] = [];
  let from = 0;
  for (const m of raw.slice(0, colon).matchAll(SEPARATOR)) {
    segments.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  segments.push({ start: from, end: colon });
  const named = segments.filter((s) => s.end > s.start);
  if (segments.length < 2 || named.length > MAX_SEGMENTS || named.length === 0) return [];
  if (named.some((s) => raw.slice(s.start, s.end).trim().split(/\s+/).length > MAX_SEGMENT_WORDS)) return [];
  const hints: NameHint[] = [];
  const at = (s: Span): Span => ({ start: line.start + s.start, end: line.start + s.end });
  const last = named[named.length - 1];
  if (last !== undefined) hints.push({ ...at(last), type: 'media', role: 'outlet' });
  named.slice(0, -1).forEach((s, k) => {
    hints.push({ ...at(s), type: k === 0 ? 'person' : 'location', role: k === 0 ? 'reporter' : 'place' });
  });
  return hints;
}
