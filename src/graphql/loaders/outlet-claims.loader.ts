/** Public API: the per-request DataLoader of one page of the claims in an outlet's articles. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ClaimRow, Page } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createPageLoader, type PageKey } from './create-page-loader.ts';

/** The arguments of this relation that every key of a batch shares. */
export type OutletClaimsArgs = { stance: string | null };

/** Given the Db, returns a fresh DataLoader of one page of the claims in an outlet's articles. */
export function createOutletClaimsLoader(
  db: Db,
): DataLoader<PageKey<OutletClaimsArgs>, Page<ClaimRow>, string> {
  return createPageLoader<ClaimRow, OutletClaimsArgs>((ids, args, slice) =>
    relationRepository.outletClaims(db, ids, args.stance, slice),
  );
}
