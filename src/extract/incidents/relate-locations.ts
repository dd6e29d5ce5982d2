/**
 * Internal: whether two location ids can name the place of one incident: the same place, one inside the other
 * (PART_OF), a region or a governorate-named city ("دير الزور" for the governorate) holding the other, or
 * either unknown.
 */
import { listAncestors, rankLocationKind, type LocationTable } from './location-table.ts';

const GOVERNORATE = 'governorate';
const REGION = 'region';
const CITY = 'city';

function governorateOf(table: LocationTable, id: string): string | null {
  if (table.kind(id) === GOVERNORATE) return id;
  return listAncestors(table, id).find((a) => table.kind(a) === GOVERNORATE) ?? null;
}

// A city named like its governorate ("دير الزور") is often written for the whole governorate.
function actsAsGovernorate(table: LocationTable, id: string): boolean {
  if (table.kind(id) !== CITY) return false;
  const gov = governorateOf(table, id);
  const name = table.name(id);
  const govName = gov === null ? null : table.name(gov);
  return name !== null && govName !== null && name.length > 2 && govName.includes(name);
}

/** Given a table and two location ids (or null), returns true when one incident can be at both. */
export function areLocationsCompatible(table: LocationTable, a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  if (listAncestors(table, a).includes(b) || listAncestors(table, b).includes(a)) return true;
  const wide = (id: string): boolean => actsAsGovernorate(table, id) || table.kind(id) === REGION;
  if (wide(a) || wide(b)) {
    const ga = governorateOf(table, a);
    return ga !== null && ga === governorateOf(table, b);
  }
  return false;
}

/** Given a table, the location an incident has and a new compatible one, returns the one to keep. */
export function refineLocation(table: LocationTable, current: string | null, next: string | null): string | null {
  if (current === null) return next;
  if (next === null || current === next) return current;
  const coarse = rankLocationKind(table.kind(current)) <= 3 || actsAsGovernorate(table, current);
  return coarse && rankLocationKind(table.kind(next)) > rankLocationKind(table.kind(current)) ? next : current;
}
