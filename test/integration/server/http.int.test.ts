import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/start-test-service.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

describe('the HTTP service', () => {
  const neo = new TestNeo4j();
  let service: TestService;
  let base = '';
  beforeAll(async () => {
    service = await startTestService(neo.get(), { env: { KG_MAX_BODY_BYTES: '2048' } });
    base = service.origin;
  });
  afterAll(async () => {
    await service.stop();
    await neo.close();
  });

  const post = (body: string) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers health over HTTP', async () => {
    const res = await post(JSON.stringify({ query: '{ health { database version } }' }));
    expect(res.status).toBe(200);
    const json = (await res.json()) as { data: { health: { database: string; version: string } } };
    expect(json.data.health.database).toBe('up');
    expect(json.data.health.version).toMatch(/^5\.26/);
  });

  it('refuses malformed GraphQL with GRAPHQL_PARSE_FAILED and where it broke', async () => {
    const res = await post(JSON.stringify({ query: '{ health { database ' }));
    expect(res.status).toBe(400);
    const json = (await res.json()) as { errors: { message: string; extensions: { code: string }; locations: unknown[] }[] };
    expect(json.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(json.errors[0]?.locations).toEqual([{ line: 1, column: 21 }]);
  });

  it('refuses an unknown field with GRAPHQL_VALIDATION_FAILED and no stack trace', async () => {
    const res = await post(JSON.stringify({ query: '{ nope }' }));
    const json = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(json.errors[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('refuses a body over the configured size with 413', async () => {
    const res = await post(JSON.stringify({ query: `{ health { database } } #${'x'.repeat(4096)}` }));
    expect(res.status).toBe(413);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await post('{not json');
    expect(res.status).toBe(400);
  });
});
