/** Public API: the per-request DataLoader of one page of the places directly PART_OF a location. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { LocationRow, Page } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createPageLoader, type PageKey } from './create-page-loader.ts';

/** The arguments of this relation that every key of a batch shares. */
export type LocationChildrenArgs = Record<string, never>;

/** Given the Db, returns a fresh DataLoader of one page of the places directly PART_OF a location. */
export function createLocationChildrenLoader(
  db: Db,
): DataLoader<PageKey<LocationChildrenArgs>, Page<LocationRow>, string> {
  return createPageLoader<LocationRow, LocationChildrenArgs>((ids, _args, slice) =>
    relationRepository.locationChildren(db, ids, slice),
  );
}
