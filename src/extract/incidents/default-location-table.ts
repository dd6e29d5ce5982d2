/**
 * Internal: the LocationTable of the project's location lexicon (seeds/lexicon/locations.json, imported as a
 * JSON module: no I/O happens here), used when EventInput does not say what kind of place a location is.
 */
import locations from '../../../seeds/lexicon/locations.json' with { type: 'json' };
import { normalizeForMatch } from '../normalize/normalize-arabic.ts';
import { createLocationTable, type LocationTable } from './location-table.ts';

interface LocationRow {
  id: string;
  kind?: string;
  name?: string;
  partOf?: string | null;
}

let cached: LocationTable | null = null;

/** Given nothing, returns the LocationTable of seeds/lexicon/locations.json, built once. */
export function getDefaultLocationTable(): LocationTable {
  if (cached !== null) return cached;
  const rows = locations as LocationRow[];
  cached = createLocationTable(
    new Map(rows.filter((r) => r.kind !== undefined).map((r) => [r.id, r.kind ?? ''])),
    new Map(rows.map((r) => [r.id, r.partOf ?? null])),
    new Map(rows.filter((r) => r.name !== undefined).map((r) => [r.id, normalizeForMatch(r.name ?? '')])),
  );
  return cached;
}
