/** Public API: the per-request DataLoader of an incident's targets (TARGETED). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ActorRow } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createItemsLoader } from './create-items-loader.ts';

/** Given the Db, returns a fresh DataLoader of an incident's targets (TARGETED). */
export function createIncidentTargetsLoader(db: Db): DataLoader<string, ActorRow[]> {
  return createItemsLoader((ids) => relationRepository.incidentTargets(db, ids));
}
