/**
 * Internal: what the incidents stage knows about places: the kind and parent (PART_OF) of each location
 * entity and its name, from EventInput.locationKinds/locationParents or else the project's location lexicon,
 * and how specific a kind is.
 */
import type { LocationPrecision } from '../types.ts';

/** Kind, parent and name of location ids. */
export interface LocationTable {
  kind: (id: string) => string | null;
  parent: (id: string) => string | null;
  name: (id: string) => string | null;
}

// How precisely a kind of place pins an incident down (higher is more specific).
const RANK: Readonly<Record<string, number>> = {
  neighbourhood: 6,
  landmark: 6,
  camp: 6,
  crossing: 6,
  place: 5,
  village: 5,
  town: 5,
  city: 5,
  subdistrict: 4,
  district: 4,
  region: 3,
  governorate: 2,
  country: 1,
};

const PRECISION: Readonly<Record<string, LocationPrecision>> = {
  neighbourhood: 'place',
  landmark: 'place',
  camp: 'place',
  crossing: 'place',
  place: 'place',
  village: 'place',
  town: 'place',
  city: 'place',
  subdistrict: 'district',
  district: 'district',
  region: 'district',
  governorate: 'governorate',
  country: 'country',
};

/** Given a location kind (or null), returns how specific it is: 0 for unknown, 6 for a landmark or camp. */
export function rankLocationKind(kind: string | null): number {
  return kind === null ? 0 : (RANK[kind] ?? 0);
}

/** Given a location kind (or null), returns the LocationPrecision it gives an incident. */
export function toLocationPrecision(kind: string | null): LocationPrecision {
  return kind === null ? 'unknown' : (PRECISION[kind] ?? 'unknown');
}

/** Given a table and a location id, returns the governorate holding it (or itself), or null. */
export function governorateOf(table: LocationTable, id: string): string | null {
  if (table.kind(id) === 'governorate') return id;
  return listAncestors(table, id).find((a) => table.kind(a) === 'governorate') ?? null;
}

/** Given a table and a location id, returns true for a city named like its governorate ("دير الزور"), often written for the whole governorate. */
export function actsAsGovernorate(table: LocationTable, id: string): boolean {
  if (table.kind(id) !== 'city') return false;
  const gov = governorateOf(table, id);
  const name = table.name(id);
  const govName = gov === null ? null : table.name(gov);
  return name !== null && govName !== null && name.length > 2 && govName.includes(name);
}

/** Given a table and a location id, returns how specific it is as an incident's place (a governorate-named city counts as its governorate). */
export function rankLocation(table: LocationTable, id: string): number {
  if (actsAsGovernorate(table, id)) return RANK.governorate ?? 0;
  const kind = table.kind(id);
  // A place no list knows is most often a small one (governorates, regions and countries are all listed).
  if (kind === null) return UNKNOWN_RANK;
  // A region inside a governorate (its countryside) narrows it; a region of a whole country (a river, "the east") does not.
  if (kind === 'region') {
    const parent = table.parent(id);
    const parentKind = parent === null ? null : table.kind(parent);
    return parentKind === null || parentKind === 'country' ? WIDE_REGION_RANK : rankLocationKind(kind);
  }
  return rankLocationKind(kind);
}

const WIDE_REGION_RANK = 1.5;
const UNKNOWN_RANK = 4.5;

const ancestorCache = new WeakMap<LocationTable, Map<string, string[]>>();

/** Given a table and a location id, returns its ancestors, nearest first (cycles cut). Do not mutate the result. */
export function listAncestors(table: LocationTable, id: string): string[] {
  let cache = ancestorCache.get(table);
  if (cache === undefined) {
    cache = new Map();
    ancestorCache.set(table, cache);
  }
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  const out: string[] = [];
  for (
    let p = table.parent(id);
    p !== null && !out.includes(p) && p !== id && out.length < 12;
    p = table.parent(p)
  )
    out.push(p);
  cache.set(id, out);
  return out;
}

/** Given maps of kinds, parents and names, returns a LocationTable over them. */
export function createLocationTable(
  kinds: ReadonlyMap<string, string>,
  parents: ReadonlyMap<string, string | null>,
  names: ReadonlyMap<string, string>,
): LocationTable {
  return {
    kind: (id) => kinds.get(id) ?? null,
    parent: (id) => parents.get(id) ?? null,
    name: (id) => names.get(id) ?? null,
  };
}
