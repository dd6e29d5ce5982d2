/** Public API: the per-request DataLoader of the sources an outlet cites most, with counts. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ActorRow } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createItemsLoader } from './create-items-loader.ts';

/** How many top sources are read per outlet; `topSources(first)` slices this. */
export const TOP_SOURCES_LIMIT = 100;

/** Given the Db, returns a fresh DataLoader of the sources an outlet cites most, with counts. */
export function createOutletTopSourcesLoader(
  db: Db,
): DataLoader<string, { count: number; node: ActorRow }[]> {
  return createItemsLoader((ids) => relationRepository.outletTopSources(db, ids, TOP_SOURCES_LIMIT));
}
