/**
 * Public API: the per-request context every resolver receives. Built fresh for each request, with its own
 * DataLoaders, from the long-lived Db and Config passed in (never imported).
 */
import type { Config } from '../config/load-config.ts';
import type { Db } from '../db/create-driver.ts';

export interface GraphQLContext {
  db: Db;
  config: Config;
  /** "embedded" when the service started its own Neo4j, "external" for NEO4J_URI. */
  dbMode: 'embedded' | 'external';
  /** True when the request carried the configured API token. */
  authenticated: boolean;
  /** Request id for logs. */
  requestId: string;
}

export interface CreateContextOptions {
  db: Db;
  config: Config;
  dbMode: 'embedded' | 'external';
  authenticated: boolean;
  requestId: string;
}

/** Given the long-lived parts and what the request told us, returns a fresh context. */
export function createContext(options: CreateContextOptions): GraphQLContext {
  return { ...options };
}
