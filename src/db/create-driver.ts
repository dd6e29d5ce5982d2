/**
 * Public API: the Neo4j driver and the small handle (`Db`) that the rest of the service passes around.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Db {
  readonly driver: Driver;
  readonly uri: string;
  /** Target database name; undefined uses the server's default. */
  readonly database: string | undefined;
  /** Transaction timeout for reads and writes, in ms. */
  readonly timeoutMs: number;
  /** Called once per database round trip (a transaction function or auto-commit query), for metrics and tests. */
  onRoundTrip?: (key: string) => void;
}

export interface CreateDbOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** Default: 15 000 ms. */
  timeoutMs?: number;
  /** How long a request waits for a connection before failing fast. Default: 5 000 ms. */
  connectionTimeoutMs?: number;
}

/** Given connection options, returns a Db whose driver converts integers to JS numbers. */
export function createDb(options: CreateDbOptions): Db {
  const connectionTimeout = options.connectionTimeoutMs ?? 5_000;
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    disableLosslessIntegers: true,
    connectionTimeout,
    connectionAcquisitionTimeout: connectionTimeout,
    // Retries transient errors for a few seconds; longer would make requests hang while the database is down.
    maxTransactionRetryTime: 3_000,
    userAgent: 'conflict-news-kg/0.1',
  });
  return { driver, uri: options.uri, database: options.database, timeoutMs: options.timeoutMs ?? 15_000 };
}
