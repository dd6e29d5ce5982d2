/**
 * Internal: a Db whose driver follows the embedded database's state file, so that a long-running service keeps
 * working when the database is restarted on another port (`KG_NEO4J_PORT=0`, or its port taken meanwhile) by
 * `kg db start` or another kg process, without a restart of the service.
 */
import type { Driver } from 'neo4j-driver';
import { createDb, type CreateDbOptions, type Db } from '../create-driver.ts';
import { readEmbeddedState } from './embedded-state.ts';

export interface FollowingDb {
  /** Pass this one around: its `driver` and `uri` are those of the database the state file names. */
  db: Db;
  /** Stops following and closes the current driver. */
  close(): Promise<void>;
}

/**
 * Given the driver options for the database found at start, the state file and a polling period (Default:
 * 1 000 ms), returns a Db that switches to a new driver whenever the state file names another address.
 */
export function followEmbeddedState(
  options: CreateDbOptions,
  stateFile: string,
  intervalMs = 1_000,
): FollowingDb {
  let current = createDb(options);
  const retired: Promise<void>[] = [];
  const db: Db = {
    get driver(): Driver {
      return current.driver;
    },
    get uri(): string {
      return current.uri;
    },
    database: current.database,
    timeoutMs: current.timeoutMs,
  };
  const timer = setInterval(() => {
    const state = readEmbeddedState(stateFile);
    if (!state || state.uri === current.uri) return;
    const old = current;
    current = createDb({ ...options, uri: state.uri });
    // Requests still on the old address fail as they would have (its database is gone); new ones use the new one.
    retired.push(old.driver.close().catch(() => {}));
  }, intervalMs);
  timer.unref();
  return {
    db,
    close: async () => {
      clearInterval(timer);
      await Promise.all(retired);
      await current.driver.close();
    },
  };
}
