/**
 * Public API: runs a registered statement through the driver's managed transactions (which retry transient
 * errors) and returns plain row objects. Errors come out as DbError via mapNeo4jError.
 */
import type { Db } from './create-driver.ts';
import { AUTO_COMMIT, getCypher, Q, type QueryKey } from './cypher-registry.ts';
import { mapNeo4jError } from './map-neo4j-error.ts';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Given a Db, a registry key and params, returns the result rows of a read transaction. */
export function readCypher<T = Row>(db: Db, key: QueryKey, params: Params = {}): Promise<T[]> {
  return runCypher<T>(db, key, params, 'READ');
}

/** Given a Db, a registry key and params, returns the result rows of a write transaction. */
export function writeCypher<T = Row>(db: Db, key: QueryKey, params: Params = {}): Promise<T[]> {
  return runCypher<T>(db, key, params, 'WRITE');
}

/**
 * Given a Db, statement text and params, runs it in an auto-commit transaction (schema, IN TRANSACTIONS) and
 * returns plain rows. Such statements are idempotent here (schema IF NOT EXISTS, refreshes that recompute), so a
 * transient failure (two loaders' refreshes deadlocking) is tried again, as managed transactions are.
 */
export async function runAutoCommit<T = Row>(
  db: Db,
  text: string,
  params: Params = {},
  label = 'auto',
): Promise<T[]> {
  for (let attempt = 1; ; attempt++) {
    const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
    try {
      db.onRoundTrip?.(label);
      const result = await session.run(text, params, { timeout: db.timeoutMs * 20 });
      return result.records.map((r) => r.toObject() as T);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const transient = typeof code === 'string' && code.startsWith('Neo.TransientError.');
      if (!transient || attempt >= 5) throw mapNeo4jError(error, label);
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt + Math.random() * 100));
    } finally {
      await session.close();
    }
  }
}

async function runCypher<T>(db: Db, key: QueryKey, params: Params, mode: 'READ' | 'WRITE'): Promise<T[]> {
  const text = getCypher(key);
  if (AUTO_COMMIT.has(key)) return runAutoCommit<T>(db, text, params, key);
  const session = db.driver.session({ database: db.database, defaultAccessMode: mode });
  try {
    db.onRoundTrip?.(key);
    const work = async (tx: {
      run: (q: string, p: Params) => Promise<{ records: { toObject(): unknown }[] }>;
    }) => (await tx.run(text, params)).records.map((r) => r.toObject() as T);
    const config = { timeout: db.timeoutMs };
    return mode === 'READ'
      ? await session.executeRead(work, config)
      : await session.executeWrite(work, config);
  } catch (error) {
    throw mapNeo4jError(error, Q[key]);
  } finally {
    await session.close();
  }
}

/** Runs registered statements inside one transaction; `run` is handed to the caller's work function. */
export type TxRun = <T = Row>(key: QueryKey, params?: Params) => Promise<T[]>;

/** What a write changed, summed over its statements (Neo4j's update counters). */
export interface WriteStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** Given nothing, returns zeroed write statistics. */
export function emptyWriteStats(): WriteStats {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
}

/** Given two write statistics, adds the second into the first (in place) and returns the first. */
export function addWriteStats(into: WriteStats, from: Readonly<WriteStats>): WriteStats {
  for (const k of Object.keys(into) as (keyof WriteStats)[]) into[k] += from[k];
  return into;
}

/**
 * Given a Db and a work function, runs all of its statements in ONE managed write transaction (retried as a
 * whole on transient errors; nothing is written when it fails) and returns the work function's result. The
 * counters of the attempt that committed are added to `stats` when given.
 */
export async function writeTransaction<R>(
  db: Db,
  work: (run: TxRun) => Promise<R>,
  options: { label?: string; stats?: WriteStats } = {},
): Promise<R> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  // The statement running when the transaction failed (a failed commit has none: the label says which work).
  let current: string | undefined;
  try {
    db.onRoundTrip?.(options.label ?? 'writeTransaction');
    const { result, attempt } = await session.executeWrite(
      async (tx) => {
        const attempt = emptyWriteStats();
        const run: TxRun = async <T>(key: QueryKey, params: Params = {}) => {
          current = Q[key];
          const res = await tx.run(getCypher(key), params);
          current = undefined;
          addWriteStats(attempt, res.summary.counters.updates());
          return res.records.map((r) => r.toObject() as T);
        };
        return { result: await work(run), attempt };
      },
      { timeout: db.timeoutMs * 4 },
    );
    if (options.stats) addWriteStats(options.stats, attempt);
    return result;
  } catch (error) {
    throw mapNeo4jError(error, current ?? `${options.label ?? 'writeTransaction'} (commit)`);
  } finally {
    await session.close();
  }
}
