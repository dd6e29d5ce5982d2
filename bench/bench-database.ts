/**
 * Internal (benchmarks): the benchmarks' own embedded Neo4j, with its data in .data/bench on a free port, so a
 * run never touches the user's database (NEO4J_URI is ignored) or the tests' (.data/test). Empties the graph
 * between scenarios and counts what a load wrote, label by label and relationship type by type.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../src/config/load-config.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { connectDatabase, type DatabaseHandle } from '../src/db/connect-database.ts';
import type { Db } from '../src/db/create-driver.ts';
import { getCypher } from '../src/db/cypher-registry.ts';
import { resolveEmbeddedPaths } from '../src/db/embedded/embedded-paths.ts';
import { stopEmbeddedNeo4j } from '../src/db/embedded/stop-embedded-neo4j.ts';
import { runAutoCommit } from '../src/db/run-cypher.ts';
import { loadReferenceData } from '../src/load/load-reference-data.ts';
import { getLoadContext } from '../src/load/load-paths.ts';

/** Node counts by label and relationship counts by type. */
export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export interface BenchDatabase {
  /** The current handle: a reset may restart the database, so read it again after each reset. */
  readonly db: Db;
  readonly config: Config;
  readonly uri: string;
  /** Neo4j's version and edition, from dbms.components(). */
  neo4j: { version: string; edition: string };
  /**
   * Empties the graph and writes the lexicon (reference data), as every load scenario starts. A big graph is
   * dropped by stopping the database and removing its store (deleting millions of relationships through Cypher
   * takes longer than a restart); a small one is deleted in place.
   */
  reset(): Promise<void>;
  counts(): Promise<GraphCounts>;
  close(): Promise<void>;
}

/** Graphs bigger than this are dropped by a restart on an empty store rather than deleted through Cypher. */
const RESTART_ABOVE_NODES = 100_000;

export const LABELS = ['Article', 'Actor', 'Location', 'Incident', 'Claim'] as const;
export const RELATIONSHIP_TYPES = [
  'PUBLISHED_BY', 'CONTAINS', 'MENTIONS', 'ATTRIBUTED_TO', 'RELAYED_BY', 'ABOUT', 'REPORTED_IN', 'OCCURRED_IN', 'PERPETRATED',
  'TARGETED', 'AFFILIATED_WITH', 'PART_OF',
  // Derived (docs/graph-model.md): every writer must leave them too.
  'CO_REPORTED', 'ADVERSARY_OF',
] as const;

// Count-store reads (constant time); the types are the constants above, never user input.
const COUNT_RELATIONSHIPS = RELATIONSHIP_TYPES.map((t) => `MATCH ()-[r:${t}]->() WITH count(r) AS count RETURN '${t}' AS type, count`).join('\nUNION ALL\n');

export interface StartBenchDatabaseOptions {
  /** JVM heap of the embedded Neo4j, e.g. "2g". */
  heap: string;
  /** Page cache, e.g. "2g". */
  pageCache: string;
  /** Graphs with more nodes are dropped by a restart on an empty store. Default: 100 000. */
  restartAboveNodes?: number;
  /** Leave the database running after the run (and reuse a running one): faster repeated runs. Default: false. */
  keep?: boolean;
  log?: (line: string) => void;
}

/** Given heap and page cache sizes, returns the benchmarks' database, started (or reused) with the schema applied. */
export async function startBenchDatabase(options: StartBenchDatabaseOptions): Promise<BenchDatabase> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[key];
  const config = loadConfig({
    ...env,
    NODE_ENV: 'production',
    KG_DATA_DIR: '.data/bench',
    KG_NEO4J_PORT: '0',
    KG_NEO4J_HEAP: options.heap,
    KG_NEO4J_PAGECACHE: options.pageCache,
    KG_LOG_LEVEL: 'silent',
    KG_QUERY_TIMEOUT_MS: '120000',
  });
  let handle: DatabaseHandle = await connectDatabase(config, { log: options.log, detached: options.keep === true });
  const [component] = await runAutoCommit<{ version: string; edition: string }>(handle.db, getCypher('dbmsComponents'), {}, 'bench');
  const restart = async (): Promise<void> => {
    await handle.db.driver.close();
    await stopEmbeddedNeo4j(config.projectRoot, config.embedded);
    rmSync(path.join(resolveEmbeddedPaths(config.projectRoot, config.embedded.dataDir).home, 'data'), { recursive: true, force: true });
    handle = await connectDatabase(config, { log: options.log, detached: options.keep === true });
  };
  return {
    get db() {
      return handle.db;
    },
    get uri() {
      return handle.embedded?.uri ?? handle.db.uri;
    },
    config,
    neo4j: { version: component?.version ?? 'unknown', edition: component?.edition ?? 'unknown' },
    reset: async () => {
      const { nodes } = await countGraph(handle.db);
      if (Object.values(nodes).reduce((a, b) => a + b, 0) > (options.restartAboveNodes ?? RESTART_ABOVE_NODES)) await restart();
      else await runAutoCommit(handle.db, getCypher('deleteAll'), {}, 'bench');
      const context = await getLoadContext();
      await loadReferenceData(handle.db, context.sources);
    },
    counts: () => countGraph(handle.db),
    close: () => (options.keep ? handle.db.driver.close() : handle.close()),
  };
}

/** Given a Db, returns how many nodes of each label and relationships of each type the graph holds. */
export async function countGraph(db: Db): Promise<GraphCounts> {
  const nodes = await runAutoCommit<{ label: string; count: number }>(db, getCypher('countNodesByLabel'), {}, 'bench');
  const relationships = await runAutoCommit<{ type: string; count: number }>(db, COUNT_RELATIONSHIPS, {}, 'bench');
  return {
    nodes: Object.fromEntries(nodes.map((r) => [r.label, r.count])),
    relationships: Object.fromEntries(relationships.map((r) => [r.type, r.count])),
  };
}

/** Given two counts, returns the differences ("Claim: 10 vs 12"); empty when both graphs hold the same. */
export function diffCounts(a: GraphCounts, b: GraphCounts): string[] {
  const out: string[] = [];
  for (const kind of ['nodes', 'relationships'] as const) {
    for (const key of new Set([...Object.keys(a[kind]), ...Object.keys(b[kind])])) {
      if ((a[kind][key] ?? 0) !== (b[kind][key] ?? 0)) out.push(`${key}: ${a[kind][key] ?? 0} vs ${b[kind][key] ?? 0}`);
    }
  }
  return out;
}
