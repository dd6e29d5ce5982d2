/**
 * Internal: which segment of a header line is the outlet, which the reporter and which the place. The form of the
 * line decides first (a name known or shaped as an outlet, a name beside "خاص"/"وكالات", the name closing a byline
 * that ends with a colon, the name after "CITY:"); position decides last ("CITY - X", "CITY - X - REPORTER").
 */
import type { SegmentKind } from './classify-byline-segment.ts';

/** The roles read from one header line, as segment indexes. */
export interface BylineRoles {
  outlet: number | null;
  /** True when only the position of the segment, not its form, made it the outlet. */
  byPosition: boolean;
  /** Other unknown names of the line, which may be the outlet when the position guessed wrong. */
  alternatives: number[];
  reporter: number | null;
  places: number[];
}

const NAMES: readonly SegmentKind[] = ['name', 'place', 'outlet', 'person'];

/** Given the kinds of a line's segments, which of them stand after a colon, and whether a colon closes the byline, returns the roles. */
export function assignBylineRoles(
  kinds: readonly SegmentKind[],
  afterColon: readonly boolean[],
  colonCloses: boolean,
): BylineRoles {
  const roles: BylineRoles = {
    outlet: null,
    byPosition: false,
    alternatives: [],
    reporter: null,
    places: [],
  };
  if (kinds.some((k) => k === 'none')) return roles;
  const named = kinds.flatMap((k, i) => (NAMES.includes(k) ? [i] : []));
  const marker = kinds.indexOf('marker');
  const isUnknown = (i: number): boolean => kinds[i] === 'name';
  let outlet = kinds.indexOf('outlet');
  if (outlet < 0 && marker >= 0) {
    // "X - خاص", "X / وكالات", "خاص – X": the name beside the marker, before it when there is one.
    // A known place beside the marker is where the report comes from ("أنقرة - خاص"), not who publishes it.
    const before = named.filter((i) => i < marker && kinds[i] !== 'person' && kinds[i] !== 'place');
    const after = named.filter((i) => i > marker && kinds[i] !== 'person' && kinds[i] !== 'place');
    outlet = before[before.length - 1] ?? after[0] ?? -1;
  }
  if (outlet < 0 && colonCloses) {
    // "REPORTER – PLACE – OUTLET:" opening the text.
    const unknown = named.filter(isUnknown);
    outlet = unknown[unknown.length - 1] ?? -1;
  }
  if (outlet < 0) outlet = named.find((i) => afterColon[i] === true && isUnknown(i)) ?? -1;
  if (outlet < 0 && named.length >= 2) {
    // "CITY - X", "CITY/ X", "CITY - X - REPORTER": a dateline names the place first, a reporter last.
    let unknown = named.filter(isUnknown);
    if (unknown[0] === named[0] && unknown.length > 1) unknown = unknown.slice(1);
    if (unknown.length > 1 && unknown[unknown.length - 1] === named[named.length - 1]) {
      roles.reporter = unknown[unknown.length - 1] ?? null;
      unknown = unknown.slice(0, -1);
    }
    outlet = unknown[0] ?? -1;
    roles.byPosition = outlet >= 0;
    roles.alternatives = named.filter((i) => isUnknown(i) && i !== outlet);
  }
  if (outlet < 0) {
    // "PLACE – REPORTER" names no outlet, but its reporter and place are still names.
    roles.reporter = named.find((i) => kinds[i] === 'person') ?? null;
    roles.places = roles.reporter === null ? [] : named.filter((i) => kinds[i] === 'place');
    return roles;
  }
  roles.outlet = outlet;
  const others = named.filter((i) => i !== outlet && i !== roles.reporter);
  roles.reporter ??= others.find((i) => kinds[i] === 'person') ?? null;
  if (roles.reporter === null && colonCloses && others.length > 1 && isUnknown(others[0] ?? -1))
    roles.reporter = others[0] ?? null;
  roles.places = others.filter((i) => i !== roles.reporter && kinds[i] !== 'outlet');
  return roles;
}
