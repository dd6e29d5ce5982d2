/**
 * Public API: the per-request context every resolver receives. Built fresh for each request, with its own
 * DataLoaders, from the long-lived Db and Config passed in (never imported), and the server's `ingest` function
 * (the GraphQL layer may not import the loader: `graphql -> db` only).
 */
import type { Config } from '../config/load-config.ts';
import type { Db } from '../db/create-driver.ts';
import { createLoaders, type Loaders } from './loaders/create-loaders.ts';

/** What the `ingestArticle` mutation hands to the server's loader. */
export interface IngestArticleParams {
  text: string;
  title?: string | null | undefined;
  url?: string | null | undefined;
  /** Entity id of the outlet (a MEDIA actor), checked to exist before ingesting. */
  outlet?: string | null | undefined;
  /** ISO date YYYY-MM-DD. */
  publishedAt?: string | null | undefined;
}

/** What the server's loader reports back for one article. */
export interface IngestOutcome {
  articleId: string | null;
  /** False when the same text was already loaded. */
  changed: boolean;
  claims: number;
  incidents: number;
}

/** Loads one article into the graph (extract, resolve, write); provided by src/server. */
export type IngestFunction = (input: IngestArticleParams) => Promise<IngestOutcome>;

export interface GraphQLContext {
  db: Db;
  config: Config;
  /** "embedded" when the service started its own Neo4j, "external" for NEO4J_URI. */
  dbMode: 'embedded' | 'external';
  /** True when the request carried the configured API token. */
  authenticated: boolean;
  /** Request id for logs. */
  requestId: string;
  /** This request's DataLoaders. */
  loaders: Loaders;
  /** Writes an article; undefined when this server cannot ingest (the mutation then fails with INTERNAL_SERVER_ERROR). */
  ingest: IngestFunction | undefined;
}

export interface CreateContextOptions {
  db: Db;
  config: Config;
  dbMode: 'embedded' | 'external';
  authenticated: boolean;
  requestId: string;
  ingest?: IngestFunction | undefined;
}

/** Given the long-lived parts and what the request told us, returns a fresh context with fresh DataLoaders. */
export function createContext(options: CreateContextOptions): GraphQLContext {
  return { ...options, ingest: options.ingest, loaders: createLoaders(options.db) };
}
