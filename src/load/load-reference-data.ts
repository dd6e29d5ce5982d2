/**
 * Public API: writes the lexicon (actors, anonymous sources, places, PART_OF, affiliations) into the graph in
 * one idempotent transaction, so that articles can link to it and location filters can follow PART_OF.
 */
import type { Db } from '../db/create-driver.ts';
import { DbError } from '../db/db-errors.ts';
import { writeTransaction, type WriteStats } from '../db/run-cypher.ts';
import type { LexiconSources } from '../extract/lexicon/lexicon-types.ts';
import { buildReferenceRows } from './build-reference-rows.ts';

/** Given a Db and the raw lexicon data, upserts it; returns how many actors and places it holds. */
export async function loadReferenceData(
  db: Db,
  sources: LexiconSources,
  stats?: WriteStats,
): Promise<{ actors: number; locations: number }> {
  const rows = buildReferenceRows(sources);
  await writeReferenceRows(db, rows, stats).catch((error: unknown) => {
    // Another loader created the same entry between our MERGE's look-up and its write: the second try matches it.
    if (error instanceof DbError && error.code === 'CONFLICT') return writeReferenceRows(db, rows, stats);
    throw error;
  });
  return { actors: rows.actors.length, locations: rows.locations.length };
}

function writeReferenceRows(
  db: Db,
  rows: ReturnType<typeof buildReferenceRows>,
  stats?: WriteStats,
): Promise<void> {
  return writeTransaction(
    db,
    async (run) => {
      await run('mergeReferenceActors', { rows: rows.actors });
      await run('mergeReferenceLocations', { rows: rows.locations });
      await run('mergePartOf', { rows: rows.partOf });
      await run('mergeAffiliations', { rows: rows.affiliations });
    },
    { label: 'loadReferenceData', stats },
  );
}
