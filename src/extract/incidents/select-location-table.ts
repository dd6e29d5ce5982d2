/**
 * Internal: the LocationTable for one article: the kinds and parents given on EventInput first, the project's
 * location lexicon for the rest.
 */
import type { EventInput } from '../claims/extract-events.ts';
import { getDefaultLocationTable } from './default-location-table.ts';
import type { LocationTable } from './location-table.ts';

/** Given the stage input, returns the LocationTable to use for it. */
export function selectLocationTable(input: EventInput): LocationTable {
  const fallback = getDefaultLocationTable();
  const kinds = input.locationKinds;
  const parents = input.locationParents;
  if (kinds === undefined && parents === undefined) return fallback;
  const names = new Map(input.entities.map((e) => [e.id, e.name] as const));
  return {
    kind: (id) => (kinds?.get(id) as string | undefined) ?? fallback.kind(id),
    parent: (id) => (parents?.has(id) ? parents.get(id) ?? null : fallback.parent(id)),
    name: (id) => fallback.name(id) ?? names.get(id) ?? null,
  };
}
