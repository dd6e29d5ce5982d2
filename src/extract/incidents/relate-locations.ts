/**
 * Internal: whether two location ids can name the place of one incident: the same place, one inside the other
 * (PART_OF), a region of the same country, a governorate-named city ("دير الزور" for the governorate) holding the other, or
 * either unknown.
 */
import {
  actsAsGovernorate,
  governorateOf,
  listAncestors,
  rankLocation,
  type LocationTable,
} from './location-table.ts';

const REGION = 'region';

/** Given a table and two location ids (or null), returns true when one incident can be at both. */
export function areLocationsCompatible(table: LocationTable, a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  if (listAncestors(table, a).includes(b) || listAncestors(table, b).includes(a)) return true;
  // A region ("شرق الفرات"، "ريف دير الزور الشرقي") has no sharp border: anything in its country may be in it.
  if (table.kind(a) === REGION || table.kind(b) === REGION) {
    const top = (id: string): string => listAncestors(table, id).at(-1) ?? id;
    return top(a) === top(b);
  }
  if (actsAsGovernorate(table, a) || actsAsGovernorate(table, b)) {
    const ga = governorateOf(table, a);
    return ga !== null && ga === governorateOf(table, b);
  }
  return false;
}

/** Given a table, the location an incident has and a new compatible one, returns the one to keep. */
export function refineLocation(
  table: LocationTable,
  current: string | null,
  next: string | null,
): string | null {
  if (current === null) return next;
  if (next === null || current === next) return current;
  const coarse = rankLocation(table, current) <= 3;
  return coarse && rankLocation(table, next) > rankLocation(table, current) ? next : current;
}
