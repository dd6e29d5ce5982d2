/** Public API: the per-request DataLoader of one page of the claims about an incident (ABOUT). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ClaimRow, Page } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createPageLoader, type PageKey } from './create-page-loader.ts';

/** The arguments of this relation that every key of a batch shares. */
export type IncidentClaimsArgs = { stance: string | null };

/** Given the Db, returns a fresh DataLoader of one page of the claims about an incident (ABOUT). */
export function createIncidentClaimsLoader(
  db: Db,
): DataLoader<PageKey<IncidentClaimsArgs>, Page<ClaimRow>, string> {
  return createPageLoader<ClaimRow, IncidentClaimsArgs>((ids, args, slice) =>
    relationRepository.incidentClaims(db, ids, args.stance, slice),
  );
}
