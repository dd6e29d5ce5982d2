import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/start-test-service.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

interface ErrorBody {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const SECRET = 'do-not-log-this-body-text';

// Every refusal is GraphQL-shaped JSON with a code, never express's HTML page with a stack and paths, whatever NODE_ENV.
describe.each(['production', 'development', 'test'])('HTTP errors with NODE_ENV=%s', (nodeEnv) => {
  const neo = new TestNeo4j();
  const logLines: string[] = [];
  let service: TestService;
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    service = await startTestService(neo.get(), {
      env: { NODE_ENV: nodeEnv, KG_MAX_BODY_BYTES: '1000000' },
      logger: pino({ level: 'debug' }, stream),
    });
  });
  afterAll(async () => {
    await service.stop();
    await neo.close();
  });

  const post = async (
    body: string,
  ): Promise<{ status: number; type: string | null; text: string; json: ErrorBody }> => {
    const res = await fetch(`${service.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await res.text();
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      text,
      json: JSON.parse(text) as ErrorBody,
    };
  };
  const expectClean = (text: string): void => {
    expect(text).not.toMatch(/<html|<pre|\bat .*\(|node_modules|\/work\/|stacktrace/i);
  };

  it('answers a body that is not JSON with 400 BAD_REQUEST, and never logs the body', async () => {
    const r = await post(`{"query": "${SECRET}`);
    expect(r.status).toBe(400);
    expect(r.type).toMatch(/^application\/json/);
    expect(r.json).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    expectClean(r.text);
    expect(logLines.join('')).not.toContain(SECRET);
  });

  it('answers a body over KG_MAX_BODY_BYTES with 413 PAYLOAD_TOO_LARGE', async () => {
    const r = await post(JSON.stringify({ query: `{ health { database } } #${SECRET.repeat(50_000)}` }));
    expect(r.status).toBe(413);
    expect(r.json.errors?.[0]?.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    expectClean(r.text);
    expect(logLines.join('')).not.toContain(SECRET);
  });

  it('answers 20 000 aliased fields with QUERY_TOO_COMPLEX, not INTERNAL_SERVER_ERROR', async () => {
    for (const field of ['health { database }', '__typename']) {
      const query = `{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
      const r = await post(JSON.stringify({ query }));
      expect(r.status, field).toBe(400);
      expect(
        r.json.errors?.map((e) => e.extensions?.code),
        field,
      ).toEqual(['QUERY_TOO_COMPLEX']);
    }
  }, 60_000);

  it('answers an unknown path with 404 NOT_FOUND as JSON', async () => {
    const res = await fetch(`${service.origin}/no/such/page`);
    expect(res.status).toBe(404);
    const json = (await res.json()) as ErrorBody;
    expect(json.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('tells a client that mutations are off when no token is configured, instead of asking for one', async () => {
    const r = await post(
      JSON.stringify({ query: 'mutation { ingestArticle(input: { text: "نص" }) { articleId } }' }),
    );
    expect(r.json.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/^Mutations are turned off on this server/),
    });
  });
});
