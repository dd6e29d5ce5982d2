/** Public API: the per-request DataLoader of an incident by id. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import { nodeRepository, type IncidentRow } from '../../db/node.repository.ts';
import { createNodeLoader } from './create-node-loader.ts';

/** Given the Db, returns a fresh DataLoader of an incident by id. */
export function createIncidentLoader(db: Db): DataLoader<string, IncidentRow | null> {
  return createNodeLoader((ids) => nodeRepository.incidentsByIds(db, ids));
}
