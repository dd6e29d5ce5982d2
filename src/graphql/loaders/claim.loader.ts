/** Public API: the per-request DataLoader of a claim by id. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import { nodeRepository, type ClaimRow } from '../../db/node.repository.ts';
import { createNodeLoader } from './create-node-loader.ts';

/** Given the Db, returns a fresh DataLoader of a claim by id. */
export function createClaimLoader(db: Db): DataLoader<string, ClaimRow | null> {
  return createNodeLoader((ids) => nodeRepository.claimsByIds(db, ids));
}
