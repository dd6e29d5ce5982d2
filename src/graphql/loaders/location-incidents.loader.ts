/** Public API: the per-request DataLoader of one page of the incidents in a location or any place PART_OF it. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { IncidentFilterParams } from '../../db/list.repository.ts';
import type { IncidentRow, Page } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createPageLoader, type PageKey } from './create-page-loader.ts';

/** The arguments of this relation that every key of a batch shares. */
export type LocationIncidentsArgs = IncidentFilterParams;

/** Given the Db, returns a fresh DataLoader of one page of the incidents in a location or any place PART_OF it. */
export function createLocationIncidentsLoader(
  db: Db,
): DataLoader<PageKey<LocationIncidentsArgs>, Page<IncidentRow>, string> {
  return createPageLoader<IncidentRow, LocationIncidentsArgs>((ids, args, slice) =>
    relationRepository.locationIncidents(db, ids, args, slice),
  );
}
