/** Public API: the per-request DataLoader of one page of the incidents an actor perpetrated or was targeted in. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { IncidentFilterParams } from '../../db/list.repository.ts';
import type { IncidentRow, Page } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createPageLoader, type PageKey } from './create-page-loader.ts';

/** The arguments of this relation that every key of a batch shares. */
export type ActorIncidentsArgs = { role: 'PERPETRATOR' | 'TARGET' | null; filter: IncidentFilterParams };

/** Given the Db, returns a fresh DataLoader of one page of the incidents an actor perpetrated or was targeted in. */
export function createActorIncidentsLoader(
  db: Db,
): DataLoader<PageKey<ActorIncidentsArgs>, Page<IncidentRow>, string> {
  return createPageLoader<IncidentRow, ActorIncidentsArgs>((ids, args, slice) =>
    relationRepository.actorIncidents(db, ids, args.role, args.filter, slice),
  );
}
