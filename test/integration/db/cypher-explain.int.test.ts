import { afterAll, describe, expect, it } from 'vitest';
import { getCypher, Q, type QueryKey } from '../../../src/db/cypher-registry.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

// Every registered statement must at least plan against a real Neo4j (the VERIFY_TCK idea of neo4j/graphql).
describe('every Cypher file in the registry', () => {
  const neo = new TestNeo4j();
  afterAll(() => neo.close());

  it.each(Object.keys(Q) as QueryKey[])('%s passes EXPLAIN', async (key) => {
    const text = getCypher(key);
    // IN TRANSACTIONS statements cannot be explained inside an explicit transaction; run.() is auto-commit.
    await expect(neo.run(`EXPLAIN ${text.replace(/^\s*(\/\/.*\n)*/, '')}`)).resolves.toBeDefined();
  });
});
