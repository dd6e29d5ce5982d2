/**
 * Public API: gives the service a database: the user's own (NEO4J_URI) or the embedded default, started or
 * reused; applies the schema; returns one handle to close it all.
 */
import type { Config } from '../config/load-config.ts';
import { applySchema } from './apply-schema.ts';
import { createDb, type Db } from './create-driver.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/start-embedded-neo4j.ts';
import { resolveEmbeddedPaths } from './embedded/embedded-paths.ts';
import { followEmbeddedState } from './embedded/follow-embedded-state.ts';
import { mapNeo4jError } from './map-neo4j-error.ts';

export interface DatabaseHandle {
  db: Db;
  /** The embedded database this process started or reused; undefined with NEO4J_URI. */
  embedded: EmbeddedNeo4j | undefined;
  /** Closes the driver, then stops the embedded database if this process started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Start the embedded database detached (outliving this process). Default: false (attached). */
  detached?: boolean;
  /** Apply cypher/schema at connect. Default: true. */
  applySchema?: boolean;
  /** When the database cannot be reached, still return a handle (the server reports `down`). Default: false. */
  allowDown?: boolean;
  log?: (line: string) => void;
}

/** Given the config, returns a connected DatabaseHandle (embedded default unless NEO4J_URI is set). */
export async function connectDatabase(config: Config, options: ConnectOptions = {}): Promise<DatabaseHandle> {
  const log = options.log ?? (() => {});
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    embedded = await startEmbeddedNeo4j({
      projectRoot: config.projectRoot,
      config: config.embedded,
      mode: options.detached ? 'detached' : 'attached',
      log,
    });
    uri = embedded.uri;
  } else {
    log(`Using the Neo4j at ${redactUri(uri)} (NEO4J_URI).`);
  }
  const driverOptions = {
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    timeoutMs: config.limits.queryTimeoutMs,
  };
  // The embedded database may come back on another port (restarted by `kg db start`): follow its state file.
  const following = embedded
    ? followEmbeddedState(
        driverOptions,
        resolveEmbeddedPaths(config.projectRoot, config.embedded.dataDir).stateFile,
      )
    : null;
  const db = following?.db ?? createDb(driverOptions);
  const close = async (): Promise<void> => {
    await (following ? following.close() : db.driver.close());
    await embedded?.stop();
  };
  try {
    await db.driver.verifyConnectivity({ database: config.neo4j.database });
    if (options.applySchema !== false) await applySchema(db);
  } catch (error) {
    const mapped = mapNeo4jError(error);
    if (options.allowDown && mapped.code === 'DB_UNAVAILABLE') {
      log(`The database at ${redactUri(uri)} is not answering; serving anyway, health reports it down.`);
      return { db, embedded, close };
    }
    await close();
    throw mapped;
  }
  return { db, embedded, close };
}

/** Given a URI, returns it without any user:password part, for logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}
