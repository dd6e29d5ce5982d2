import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../src/db/create-driver.ts';
import type { IngestArticleParams } from '../../../src/graphql/context.ts';
import { createGraphFixture } from '../helpers/graph-fixture.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';
import { createTestApi } from './helpers/create-test-api.ts';

const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId changed claims incidents article { id title } } }';

describe('error codes', () => {
  const neo = new TestNeo4j();
  const ingested: IngestArticleParams[] = [];
  const api = createTestApi(() => neo.get(), {
    env: { KG_MAX_PAGE_SIZE: '10', KG_MAX_QUERY_DEPTH: '7', KG_MAX_QUERY_COMPLEXITY: '500' },
    ingest: async (input) => {
      ingested.push(input);
      return { articleId: 'art-004', changed: true, claims: 5, incidents: 1 };
    },
  });
  const locked = createTestApi(() => neo.get(), { env: { KG_READS_REQUIRE_TOKEN: 'true' } });
  beforeAll(async () => {
    await neo.reset();
    await createGraphFixture(neo);
  });
  afterAll(async () => {
    await api.stop();
    await locked.stop();
    await neo.close();
  });

  it('refuses a page larger than the maximum page size, a negative one and a foreign cursor with BAD_USER_INPUT', async () => {
    const big = await api.run('{ incidents(first: 11) { totalCount } }');
    expect(codes(big)).toEqual(['BAD_USER_INPUT']);
    expect(big.errors?.[0]?.message).toMatch(/at most 10/);
    expect(codes(await api.run('{ actor(id: "sdf") { claims(first: -1) { totalCount } } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run('{ actors(after: "bm9wZQ==") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run('{ incidents(filter: { from: "last week" }) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run('{ actorNetwork(id: "sdf", depth: 4) { truncated } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run('{ locationsNear(lat: 95, lon: 40, km: 10) { distanceKm } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run('{ search(text: "   ") { __typename } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('returns null, not an error, for lookups of missing ids', async () => {
    const r = await api.run('{ actor(id: "x") { id } incident(id: "x") { id } claim(id: "x") { id } location(id: "x") { id } article(id: "x") { id } outlet(id: "x") { id } }');
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data ?? {})).toEqual([null, null, null, null, null, null]);
  });

  it('refuses ingestArticle without the token (UNAUTHENTICATED), an unknown outlet (NOT_FOUND), bad input (BAD_USER_INPUT)', async () => {
    const anonymous = await api.run(INGEST, { input: { text: 'نص' } });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data).toBeNull();
    const unknown = await api.run(INGEST, { input: { text: 'نص', outlet: 'no-such-outlet' } }, { authenticated: true });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(codes(await api.run(INGEST, { input: { text: 'نص', publishedAt: '01/12/2018' } }, { authenticated: true }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run(INGEST, { input: { text: '  ' } }, { authenticated: true }))).toEqual(['BAD_USER_INPUT']);
    expect(ingested).toEqual([]);
  });

  it('ingests through the context’s ingest function when authenticated', async () => {
    const r = await api.run(INGEST, { input: { text: 'نص المقال', outlet: 'step-news', publishedAt: '2019-02-11', url: 'https://example.org/a' } }, { authenticated: true });
    expect(r.errors).toBeUndefined();
    expect(r.data?.ingestArticle).toEqual({ articleId: 'art-004', changed: true, claims: 5, incidents: 1, article: { id: 'art-004', title: expect.any(String) } });
    expect(ingested).toEqual([{ text: 'نص المقال', title: undefined, url: 'https://example.org/a', outlet: 'step-news', publishedAt: '2019-02-11' }]);
  });

  it('refuses queries too deep or too complex with QUERY_TOO_COMPLEX (HTTP 400), but not introspection', async () => {
    const deep = await api.run('{ claim(id: "c") { incident { location { parent { parent { parent { parent { id } } } } } } } }');
    expect(codes(deep)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(deep.errors?.[0]?.message).toMatch(/8 levels deep; the limit is 7/);
    expect(deep.http.status).toBe(400);
    const wide = await api.run('{ incidents(first: 10) { edges { node { claims(first: 10) { edges { node { id text stance killed } } } } } } }');
    expect(codes(wide)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(wide.errors?.[0]?.message).toMatch(/complexity is \d+; the limit is 500/);
    const introspection = await api.run('{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }');
    expect(introspection.errors).toBeUndefined();
  });

  it('requires the token for reads when KG_READS_REQUIRE_TOKEN is set, except for health', async () => {
    const r = await locked.run('{ actor(id: "sdf") { id } }');
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.http.status).toBe(401);
    expect((await locked.run('{ actor(id: "sdf") { id } }', {}, { authenticated: true })).data).toEqual({ actor: { id: 'sdf' } });
    expect((await locked.run('{ health { database } }')).errors).toBeUndefined();
  });

  it('says DATABASE_UNAVAILABLE when the database is down, without Cypher, driver text or stack traces', async () => {
    const dead = createDb({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', connectionTimeoutMs: 1_000 });
    try {
      for (const query of ['{ incidents(first: 2) { totalCount } }', '{ actor(id: "sdf") { id } }']) {
        const r = await api.run(query, {}, { db: dead });
        expect(codes(r), JSON.stringify(r)).toEqual(['DATABASE_UNAVAILABLE']);
        expect(JSON.stringify(r.errors)).not.toMatch(/MATCH|UNWIND|ECONNREFUSED|Neo4j|stack|at /);
      }
    } finally {
      await dead.driver.close();
    }
  });
});
