/** Public API: the per-request DataLoader of one page of the claims attributed to an actor (ATTRIBUTED_TO). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ClaimRow, Page } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createPageLoader, type PageKey } from './create-page-loader.ts';

/** The arguments of this relation that every key of a batch shares. */
export type ActorClaimsArgs = { stance: string | null };

/** Given the Db, returns a fresh DataLoader of one page of the claims attributed to an actor (ATTRIBUTED_TO). */
export function createActorClaimsLoader(
  db: Db,
): DataLoader<PageKey<ActorClaimsArgs>, Page<ClaimRow>, string> {
  return createPageLoader<ClaimRow, ActorClaimsArgs>((ids, args, slice) =>
    relationRepository.actorClaims(db, ids, args.stance, slice),
  );
}
