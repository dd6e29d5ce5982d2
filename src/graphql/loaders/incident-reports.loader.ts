/** Public API: the per-request DataLoader of the reports an incident joins (articles, evidence spans, merge reasons). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import { relationRepository, type ReportRow } from '../../db/relation.repository.ts';
import { createItemsLoader } from './create-items-loader.ts';

/** Given the Db, returns a fresh DataLoader of the reports an incident joins, oldest article first. */
export function createIncidentReportsLoader(db: Db): DataLoader<string, ReportRow[]> {
  return createItemsLoader((ids) => relationRepository.incidentReports(db, ids));
}
