/**
 * Public API: applies cypher/schema/* (constraints and indexes, all IF NOT EXISTS) so that start-up is idempotent,
 * then the data migrations that bring a graph written by an older version up to date (each a no-op once done).
 */
import type { Db } from './create-driver.ts';
import { listSchemaStatements } from './cypher-registry.ts';
import { runAutoCommit, writeCypher } from './run-cypher.ts';

/** Given a Db, applies every schema statement in order, waits for the indexes, and returns the files applied. */
export async function applySchema(db: Db): Promise<string[]> {
  const applied: string[] = [];
  for (const { file, text } of listSchemaStatements()) {
    await runAutoCommit(db, text, {}, file);
    applied.push(file);
  }
  await runAutoCommit(db, 'CALL db.awaitIndexes(300)', {}, 'awaitIndexes');
  await writeCypher(db, 'backfillOccurredIn');
  await writeCypher(db, 'migrateDerivedMark');
  return applied;
}
