import { Writable } from 'node:stream';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createRequestLogPlugin } from '../../../src/server/create-request-log-plugin.ts';

interface Context {
  requestId: string;
}

const typeDefs = 'type Query { echo(text: String!): String! gone: String }';
const resolvers = {
  Query: {
    echo: (_: unknown, args: { text: string }) => args.text,
    gone: () => {
      throw new GraphQLError('missing', { extensions: { code: 'NOT_FOUND' } });
    },
  },
};

/** Given nothing, returns a server with the plugin, logging into `lines` (one parsed JSON object per line). */
function setup() {
  const lines: Record<string, unknown>[] = [];
  let raw = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw += chunk.toString('utf8');
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'info' }, stream);
  const server = new ApolloServer<Context>({ typeDefs, resolvers, plugins: [createRequestLogPlugin<Context>(logger)] });
  return { server, lines, raw: () => raw };
}

describe('createRequestLogPlugin', () => {
  it('logs one info line per request with its id, operation name, duration and no query values, variables or token', async () => {
    const { server, lines, raw } = setup();
    const headers = new HeaderMap([['authorization', 'Bearer very-secret-token-123']]);
    const res = await server.executeOperation(
      {
        query: 'query Echo($text: String!) { echo(text: $text) other: echo(text: "literal-value-in-query") }',
        variables: { text: 'secret-variable-value' },
        operationName: 'Echo',
        http: { method: 'POST', headers, search: '', body: {} },
      },
      { contextValue: { requestId: 'req-42' } },
    );
    expect(res.body.kind === 'single' && res.body.singleResult.errors).toBeFalsy();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, requestId: 'req-42', operationName: 'Echo', errors: [], msg: 'graphql request' });
    expect(lines[0]?.durationMs).toEqual(expect.any(Number));
    expect(raw()).not.toMatch(/very-secret-token|Bearer|secret-variable-value|literal-value-in-query|echo\(/);
    await server.stop();
  });

  it('lists the error codes only, and keeps requests apart', async () => {
    const { server, lines, raw } = setup();
    await server.executeOperation({ query: '{ gone }' }, { contextValue: { requestId: 'req-a' } });
    await server.executeOperation({ query: '{ nope' }, { contextValue: { requestId: 'req-b' } });
    expect(lines).toEqual([
      expect.objectContaining({ requestId: 'req-a', operationName: null, errors: ['NOT_FOUND'] }),
      expect.objectContaining({ requestId: 'req-b', operationName: null, errors: ['GRAPHQL_PARSE_FAILED'] }),
    ]);
    expect(raw()).not.toMatch(/missing/);
    await server.stop();
  });
});
