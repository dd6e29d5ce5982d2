/** Public API: the per-request DataLoader of where an incident occurred (OCCURRED_IN). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { LocationRow } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createNodeLoader } from './create-node-loader.ts';

/** Given the Db, returns a fresh DataLoader of where an incident occurred (OCCURRED_IN). */
export function createIncidentLocationLoader(db: Db): DataLoader<string, LocationRow | null> {
  return createNodeLoader((ids) => relationRepository.incidentLocations(db, ids));
}
