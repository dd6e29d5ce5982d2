import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { loadConfig } from '../../../src/config/load-config.ts';
import { createDb } from '../../../src/db/create-driver.ts';
import { buildAppSchema } from '../../../src/graphql/build-schema.ts';
import { createContext, type GraphQLContext } from '../../../src/graphql/context.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

const HEALTH = '{ health { database version edition mode counts { label count } reason } }';

describe('the health query', () => {
  const neo = new TestNeo4j();
  const config = loadConfig({ NODE_ENV: 'test' });
  const server = new ApolloServer<GraphQLContext>({ schema: buildAppSchema() });
  beforeEach(() => neo.reset());
  afterAll(async () => {
    await server.stop();
    await neo.close();
  });

  const ask = async (db = neo.get()) => {
    const res = await server.executeOperation(
      { query: HEALTH },
      { contextValue: createContext({ db, config, dbMode: 'embedded', authenticated: false, requestId: 't' }) },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    return res.body.singleResult.data?.health as Record<string, unknown>;
  };

  it('says the database is up, Neo4j 5.26 community, with node counts by label', async () => {
    await neo.run('CREATE (:Article {id: "a"}), (:Actor {id: "x"}), (:Actor {id: "y"})');
    const health = await ask();
    expect(health).toMatchObject({ database: 'up', edition: 'community', reason: null });
    expect(health.version).toMatch(/^5\.26\./);
    expect(health.counts).toEqual(expect.arrayContaining([{ label: 'Article', count: 1 }, { label: 'Actor', count: 2 }, { label: 'Claim', count: 0 }]));
  });

  it('says the database is down, without an error, when nothing answers', async () => {
    const dead = createDb({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', connectionTimeoutMs: 1_000 });
    try {
      const health = await ask(dead);
      expect(health).toMatchObject({ database: 'down', version: null, counts: [] });
      expect(health.reason).toMatch(/unavailable/i);
    } finally {
      await dead.driver.close();
    }
  });
});
