/** Public API: the per-request DataLoader of a claim's original source (ATTRIBUTED_TO). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ActorRow } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createNodeLoader } from './create-node-loader.ts';

/** Given the Db, returns a fresh DataLoader of a claim's original source (ATTRIBUTED_TO). */
export function createClaimSourceLoader(db: Db): DataLoader<string, ActorRow | null> {
  return createNodeLoader((ids) => relationRepository.claimSources(db, ids));
}
