/** Public API: the per-request DataLoader of an actor's AFFILIATED_WITH edges, both ways. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import { relationRepository, type AffiliationRow } from '../../db/relation.repository.ts';
import { createItemsLoader } from './create-items-loader.ts';

/** Given the Db, returns a fresh DataLoader of an actor's AFFILIATED_WITH edges, both ways. */
export function createActorAffiliationsLoader(db: Db): DataLoader<string, AffiliationRow[]> {
  return createItemsLoader((ids) => relationRepository.actorAffiliations(db, ids));
}
