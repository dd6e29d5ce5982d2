/** Public API: the per-request DataLoader of an incident's perpetrators (PERPETRATED). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ActorRow } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createItemsLoader } from './create-items-loader.ts';

/** Given the Db, returns a fresh DataLoader of an incident's perpetrators (PERPETRATED). */
export function createIncidentPerpetratorsLoader(db: Db): DataLoader<string, ActorRow[]> {
  return createItemsLoader((ids) => relationRepository.incidentPerpetrators(db, ids));
}
