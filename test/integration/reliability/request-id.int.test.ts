import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/start-test-service.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

describe('request ids over HTTP', () => {
  const neo = new TestNeo4j();
  const lines: Record<string, unknown>[] = [];
  let service: TestService;
  let base = '';
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    service = await startTestService(neo.get(), { env: { KG_API_TOKEN: 'a-token-of-sixteen-chars' }, logger: pino({ level: 'info' }, stream) });
    base = service.origin;
  });
  afterAll(async () => {
    await service.stop();
    await neo.close();
  });

  const post = (headers: Record<string, string>) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: 'query Probe($id: ID!) { actor(id: $id) { id } }', variables: { id: 'variable-value' }, operationName: 'Probe' }),
    });

  it('keeps a client’s id, echoes it and logs it, without the token or variables', async () => {
    const res = await post({ 'x-request-id': 'client-id-1', authorization: 'Bearer a-token-of-sixteen-chars' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('client-id-1');
    expect(lines.filter((l) => l.requestId === 'client-id-1')).toEqual([expect.objectContaining({ operationName: 'Probe', errors: [] })]);
    expect(JSON.stringify(lines)).not.toMatch(/a-token-of-sixteen-chars|variable-value/);
  });

  it('makes up an id when there is none or it is not plain, and logs that one', async () => {
    const cases: Record<string, string>[] = [{}, { 'x-request-id': 'x'.repeat(300) }, { 'x-request-id': 'bad id\u00e9' }];
    for (const headers of cases) {
      const res = await post(headers);
      const id = res.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.some((l) => l.requestId === id)).toBe(true);
    }
  });
});
