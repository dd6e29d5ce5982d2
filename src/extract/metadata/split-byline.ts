/**
 * Internal: splits one header line ("دمشق - «الوطن» - وكالات", "بيروت - لندن: «الشرق الأوسط»", "أنقرة/ الأناضول",
 * "عمان (رويترز) -", "دمشق-سانا") into the segments that may name a place, a reporter or an outlet.
 */

/** One segment of a header line; offsets are relative to the line and leave out quotes and spaces. */
export interface BylineSegment {
  start: number;
  end: number;
  text: string;
  /** Written in quotes or guillemets («X», "X"). */
  quoted: boolean;
  /** Written in brackets, as in a dateline "CITY (X) -". */
  bracketed: boolean;
  /** Stands after a colon ("CITY: X"). */
  afterColon: boolean;
}

/** A header line split into segments, and whether it ends with a colon (a byline that opens the text). */
export interface SplitLine {
  segments: BylineSegment[];
  /** Offset of the first colon, or -1. */
  colon: number;
}

// Brackets, colons, dashes, slashes, bars, and a run of tatweel standing between spaces ("ريف حلب ــ فلان").
// A quoted name («X», "X", “X”) is a segment of its own.
const PIECE =
  /\(([^()\n]{1,40})\)|\u00ab([^\u00ab\u00bb\n]{1,40})\u00bb|"([^"\n]{1,40})"|\u201c([^\u201c\u201d\n]{1,40})\u201d|([:\uff1a])|[-\u2010-\u2015|/\\]|(?<=^|\s)\u0640+(?=\s|$)/g;
const EDGE = /^[\s,.\u060c\u061b;]+|[\s,.\u060c\u061b;]+$/g;

/** Given one line of text, returns its segments and the offset of its first colon. */
export function splitByline(line: string): SplitLine {
  const segments: BylineSegment[] = [];
  let colon = -1;
  let from = 0;
  const push = (start: number, end: number, bracketed: boolean, quoted: boolean): void => {
    const segment = toSegment(line, start, end, colon >= 0 && start > colon);
    if (segment !== null) segments.push({ ...segment, bracketed, quoted });
  };
  for (const m of line.matchAll(PIECE)) {
    push(from, m.index, false, false);
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (inner !== undefined)
      push(m.index + 1, m.index + m[0].length - 1, m[1] !== undefined, m[1] === undefined);
    if (m[5] !== undefined && colon < 0) colon = m.index;
    from = m.index + m[0].length;
  }
  push(from, line.length, false, false);
  return { segments, colon };
}

function toSegment(
  line: string,
  start: number,
  end: number,
  afterColon: boolean,
): Omit<BylineSegment, 'quoted' | 'bracketed'> | null {
  const raw = line.slice(start, end);
  const lead = /^[\s,.\u060c\u061b;]*/.exec(raw)?.[0].length ?? 0;
  const text = raw.slice(lead).replace(EDGE, '');
  if (text === '') return null;
  return { start: start + lead, end: start + lead + text.length, text, afterColon };
}
