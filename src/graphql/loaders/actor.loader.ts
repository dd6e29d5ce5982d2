/** Public API: the per-request DataLoader of an actor by id. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import { nodeRepository, type ActorRow } from '../../db/node.repository.ts';
import { createNodeLoader } from './create-node-loader.ts';

/** Given the Db, returns a fresh DataLoader of an actor by id. */
export function createActorLoader(db: Db): DataLoader<string, ActorRow | null> {
  return createNodeLoader((ids) => nodeRepository.actorsByIds(db, ids));
}
