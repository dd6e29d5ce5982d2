/**
 * Public API: the database's state for the `health` query: up or down, version, edition, node counts.
 */
import type { Db } from './create-driver.ts';
import { DbError } from './db-errors.ts';
import { readCypher } from './run-cypher.ts';

export interface DatabaseHealth {
  state: 'up' | 'down';
  version: string | null;
  edition: string | null;
  counts: { label: string; count: number }[];
  /** Why the database is down, in words safe for clients. */
  reason: string | null;
}

/** Given a Db, returns its health; never throws for an unreachable database (that is `down`). */
export async function getDatabaseHealth(db: Db): Promise<DatabaseHealth> {
  try {
    const [component] = await readCypher<{ version: string; edition: string }>(db, 'dbmsComponents');
    const counts = await readCypher<{ label: string; count: number }>(db, 'countNodesByLabel');
    return {
      state: 'up',
      version: component?.version ?? null,
      edition: component?.edition ?? null,
      counts,
      reason: null,
    };
  } catch (error) {
    if (error instanceof DbError && (error.code === 'DB_UNAVAILABLE' || error.code === 'DB_TIMEOUT')) {
      return { state: 'down', version: null, edition: null, counts: [], reason: error.message };
    }
    throw error;
  }
}
