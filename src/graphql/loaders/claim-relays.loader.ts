/** Public API: the per-request DataLoader of a claim's relays by hop (RELAYED_BY). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import { relationRepository, type RelayRow } from '../../db/relation.repository.ts';
import { createItemsLoader } from './create-items-loader.ts';

/** Given the Db, returns a fresh DataLoader of a claim's relays by hop (RELAYED_BY). */
export function createClaimRelaysLoader(db: Db): DataLoader<string, RelayRow[]> {
  return createItemsLoader((ids) => relationRepository.claimRelays(db, ids));
}
