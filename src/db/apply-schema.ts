/**
 * Public API: applies cypher/schema/* (constraints and indexes, all IF NOT EXISTS) so that start-up is idempotent,
 * then the data migrations that bring a graph written by an older version up to date (each a no-op once done).
 */
import type { Db } from './create-driver.ts';
import { listSchemaStatements } from './cypher-registry.ts';
import { DbError } from './db-errors.ts';
import { runAutoCommit, writeCypher } from './run-cypher.ts';

/** Given a Db, applies every schema statement in order, waits for the indexes, and returns the files applied. */
export async function applySchema(db: Db): Promise<string[]> {
  const applied: string[] = [];
  for (const { file, text } of listSchemaStatements()) {
    await applyOne(db, text, file);
    applied.push(file);
  }
  await runAutoCommit(db, 'CALL db.awaitIndexes(300)', {}, 'awaitIndexes');
  await writeCypher(db, 'backfillOccurredIn');
  await writeCypher(db, 'migrateDerivedMark');
  return applied;
}

/**
 * Two services or loaders starting on a fresh database create the same constraint at once; IF NOT EXISTS does not
 * cover the race (the loser gets a schema or transient error), so a statement is tried again, when the rule exists.
 */
async function applyOne(db: Db, text: string, file: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await runAutoCommit(db, text, {}, file);
      return;
    } catch (error) {
      const code = error instanceof DbError ? (error.neo4jCode ?? '') : '';
      const raced = code.startsWith('Neo.ClientError.Schema.') || code.startsWith('Neo.TransientError.');
      if (!raced || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
