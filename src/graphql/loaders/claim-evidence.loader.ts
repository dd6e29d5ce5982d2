/** Public API: the per-request DataLoader of a claim with its whole chain (source, relays, outlet, article) and incident id. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import { relationRepository, type EvidenceRow } from '../../db/relation.repository.ts';
import { createNodeLoader } from './create-node-loader.ts';

/** A claim's evidence row plus the id of the incident it is about. */
export type ClaimEvidenceRow = EvidenceRow & { incidentId: string | null };

/** Given the Db, returns a fresh DataLoader of a claim with its whole chain (source, relays, outlet, article) and incident id. */
export function createClaimEvidenceLoader(db: Db): DataLoader<string, ClaimEvidenceRow | null> {
  return createNodeLoader((ids) => relationRepository.claimEvidence(db, ids));
}
