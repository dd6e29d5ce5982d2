/** Public API: the per-request DataLoader of a location by id. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import { nodeRepository, type LocationRow } from '../../db/node.repository.ts';
import { createNodeLoader } from './create-node-loader.ts';

/** Given the Db, returns a fresh DataLoader of a location by id. */
export function createLocationLoader(db: Db): DataLoader<string, LocationRow | null> {
  return createNodeLoader((ids) => nodeRepository.locationsByIds(db, ids));
}
