/**
 * A canonical, order-independent dump of the whole graph (load times and lock counts left out), to compare two graphs.
 */
import type { TestNeo4j } from './test-neo4j.ts';

// Load times, and how often the resolution lock was taken (it depends on batch sizes, not on the data).
const VOLATILE = new Set(['loadedAt', 'runs']);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !VOLATILE.has(k))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Given the test database, returns every node and relationship as sorted JSON lines. */
export async function dumpGraph(neo: TestNeo4j): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await neo.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await neo.run(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, properties(r) AS props, b.id AS to',
  );
  return {
    nodes: nodes.map((r) => JSON.stringify(canonical(r))).sort(),
    relationships: rels.map((r) => JSON.stringify(canonical(r))).sort(),
  };
}
