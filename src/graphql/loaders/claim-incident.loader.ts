/** Public API: the per-request DataLoader of the incident a claim is about (ABOUT). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { IncidentRow } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createNodeLoader } from './create-node-loader.ts';

/** Given the Db, returns a fresh DataLoader of the incident a claim is about (ABOUT). */
export function createClaimIncidentLoader(db: Db): DataLoader<string, IncidentRow | null> {
  return createNodeLoader((ids) => relationRepository.claimIncidents(db, ids));
}
