/**
 * Public API: the one place that reads the environment. Every other module takes the frozen `Config` it returns.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j+s://host')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  KG_DATA_DIR: z.string().default('.data'),
  KG_NEO4J_PORT: int(0, 65535).default(7687),
  KG_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/i, 'like 1g or 768m').default('1g'),
  KG_NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/i, 'like 512m').default('512m'),
  HOST: z.string().default('127.0.0.1'),
  PORT: int(0, 65535).default(4000),
  KG_API_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  KG_READS_REQUIRE_TOKEN: bool.default(false),
  KG_PLAYGROUND: bool.optional(),
  KG_INTROSPECTION: bool.optional(),
  KG_CORS_ORIGINS: z.string().default(''),
  KG_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KG_MAX_PAGE_SIZE: int(1, 10_000).default(100),
  KG_MAX_QUERY_DEPTH: int(2, 100).default(12),
  KG_MAX_QUERY_COMPLEXITY: int(10, 1_000_000).default(5_000),
  KG_MAX_BODY_BYTES: int(1_024, 100_000_000).default(1_000_000),
  KG_QUERY_TIMEOUT_MS: int(100, 600_000).default(15_000),
  KG_MAX_FILE_BYTES: int(1_024, 1_000_000_000).default(10_000_000),
  KG_LOAD_BATCH_SIZE: int(1, 10_000).default(50),
  KG_SEED_ON_START: bool.default(true),
});

export interface Neo4jConfig {
  /** Set when the user points at their own Neo4j; undefined means "start the embedded default". */
  readonly uri: string | undefined;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
}

export interface EmbeddedConfig {
  /** Where the embedded database keeps its files (git-ignored). */
  readonly dataDir: string;
  /** Preferred Bolt port; when taken, a free one is picked and reported. 0 always picks a free one. */
  readonly port: number;
  readonly heap: string;
  readonly pageCache: string;
}

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly projectRoot: string;
  readonly neo4j: Neo4jConfig;
  readonly embedded: EmbeddedConfig;
  readonly server: {
    readonly host: string;
    readonly port: number;
    readonly playground: boolean;
    readonly introspection: boolean;
    readonly corsOrigins: readonly string[];
    readonly maxBodyBytes: number;
    readonly includeStacktrace: boolean;
  };
  readonly security: { readonly apiToken: string | undefined; readonly readsRequireToken: boolean };
  readonly limits: {
    readonly maxPageSize: number;
    readonly maxQueryDepth: number;
    readonly maxQueryComplexity: number;
    readonly queryTimeoutMs: number;
  };
  readonly load: { readonly maxFileBytes: number; readonly batchSize: number; readonly seedOnStart: boolean };
  readonly logLevel: string;
}

/** A configuration problem, listing every bad variable with what it should be. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Given an environment (normally `process.env`) and the project root, returns the validated, frozen Config.
 * Throws ConfigError naming each bad variable. Empty strings count as unset.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, projectRoot: string = process.cwd()): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const config: Config = {
    env: e.NODE_ENV,
    projectRoot,
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    embedded: {
      dataDir: resolve(projectRoot, e.KG_DATA_DIR),
      port: e.KG_NEO4J_PORT,
      heap: e.KG_NEO4J_HEAP,
      pageCache: e.KG_NEO4J_PAGECACHE,
    },
    server: {
      host: e.HOST,
      port: e.PORT,
      playground: e.KG_PLAYGROUND ?? !production,
      introspection: e.KG_INTROSPECTION ?? !production,
      corsOrigins: e.KG_CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
      maxBodyBytes: e.KG_MAX_BODY_BYTES,
      includeStacktrace: e.NODE_ENV === 'development',
    },
    security: { apiToken: e.KG_API_TOKEN, readsRequireToken: e.KG_READS_REQUIRE_TOKEN },
    limits: {
      maxPageSize: e.KG_MAX_PAGE_SIZE,
      maxQueryDepth: e.KG_MAX_QUERY_DEPTH,
      maxQueryComplexity: e.KG_MAX_QUERY_COMPLEXITY,
      queryTimeoutMs: e.KG_QUERY_TIMEOUT_MS,
    },
    load: { maxFileBytes: e.KG_MAX_FILE_BYTES, batchSize: e.KG_LOAD_BATCH_SIZE, seedOnStart: e.KG_SEED_ON_START },
    logLevel: e.KG_LOG_LEVEL,
  };
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
