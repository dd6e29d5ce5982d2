/** Public API: the per-request DataLoader of the outlet that published a claim's article (PUBLISHED_BY). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ActorRow } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createNodeLoader } from './create-node-loader.ts';

/** Given the Db, returns a fresh DataLoader of the outlet that published a claim's article (PUBLISHED_BY). */
export function createClaimOutletLoader(db: Db): DataLoader<string, ActorRow | null> {
  return createNodeLoader((ids) => relationRepository.claimOutlets(db, ids));
}
