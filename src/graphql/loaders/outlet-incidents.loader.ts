/** Public API: the per-request DataLoader of one page of the incidents an outlet's claims are about. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { IncidentFilterParams } from '../../db/list.repository.ts';
import type { IncidentRow, Page } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createPageLoader, type PageKey } from './create-page-loader.ts';

/** The arguments of this relation that every key of a batch shares. */
export type OutletIncidentsArgs = IncidentFilterParams;

/** Given the Db, returns a fresh DataLoader of one page of the incidents an outlet's claims are about. */
export function createOutletIncidentsLoader(
  db: Db,
): DataLoader<PageKey<OutletIncidentsArgs>, Page<IncidentRow>, string> {
  return createPageLoader<IncidentRow, OutletIncidentsArgs>((ids, args, slice) =>
    relationRepository.outletIncidents(db, ids, args, slice),
  );
}
