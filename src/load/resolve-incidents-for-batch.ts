/**
 * Public API: cross-article incident resolution for one load batch. Placeholder until src/resolve lands:
 * every incident stays its own.
 */
import type { Db } from '../db/create-driver.ts';
import type { IncidentResolution, PreparedArticle } from './build-article-rows.ts';

/** Given a Db and a batch, returns where each per-article incident goes (here: nowhere else). */
export async function resolveIncidentsForBatch(_db: Db, _batch: readonly PreparedArticle[]): Promise<IncidentResolution> {
  return new Map();
}
