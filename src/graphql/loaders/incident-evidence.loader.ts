/** Public API: the per-request DataLoader of every claim about an incident with its chain (for provenance, figures and agreement). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import { relationRepository, type EvidenceRow } from '../../db/relation.repository.ts';
import { createItemsLoader } from './create-items-loader.ts';

/** Given the Db, returns a fresh DataLoader of every claim about an incident with its chain (for provenance, figures and agreement). */
export function createIncidentEvidenceLoader(db: Db): DataLoader<string, EvidenceRow[]> {
  return createItemsLoader((ids) => relationRepository.incidentEvidence(db, ids));
}
