/** Public API: the per-request DataLoader of one page of the claims an actor relayed (RELAYED_BY). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ClaimRow, Page } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createPageLoader, type PageKey } from './create-page-loader.ts';

/** The arguments of this relation that every key of a batch shares. */
export type ActorRelayedClaimsArgs = { stance: string | null };

/** Given the Db, returns a fresh DataLoader of one page of the claims an actor relayed (RELAYED_BY). */
export function createActorRelayedClaimsLoader(
  db: Db,
): DataLoader<PageKey<ActorRelayedClaimsArgs>, Page<ClaimRow>, string> {
  return createPageLoader<ClaimRow, ActorRelayedClaimsArgs>((ids, args, slice) =>
    relationRepository.actorRelayedClaims(db, ids, args.stance, slice),
  );
}
