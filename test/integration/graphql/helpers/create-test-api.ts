/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL response shapes are checked by the assertions themselves. */
/**
 * Runs GraphQL operations against the real schema, the request guard plugin and the server's formatError, with
 * a fresh context (fresh DataLoaders) per operation, as the HTTP server would.
 */
import { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { expect } from 'vitest';
import { loadConfig } from '../../../../src/config/load-config.ts';
import type { Db } from '../../../../src/db/create-driver.ts';
import { buildAppSchema } from '../../../../src/graphql/build-schema.ts';
import { createContext, type GraphQLContext, type IngestFunction } from '../../../../src/graphql/context.ts';
import { createRequestGuardPlugin } from '../../../../src/graphql/limits/create-request-guard-plugin.ts';
import { createFormatError } from '../../../../src/server/format-error.ts';

export interface TestResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[];
  http: { status?: number | undefined };
}

export interface TestApiOptions {
  env?: Record<string, string>;
  ingest?: IngestFunction;
}

/** Given a Db getter and options, returns `run(query, variables, { authenticated })` and `stop()`. */
export function createTestApi(getDb: () => Db, options: TestApiOptions = {}) {
  const config = loadConfig({ NODE_ENV: 'test', ...options.env });
  const server = new ApolloServer<GraphQLContext>({
    schema: buildAppSchema(),
    plugins: [createRequestGuardPlugin(config)],
    formatError: createFormatError(pino({ level: process.env.KG_TEST_LOG ?? 'silent' }), false),
  });
  const run = async (query: string, variables: Record<string, unknown> = {}, extra: { authenticated?: boolean; db?: Db } = {}): Promise<TestResult> => {
    const res = await server.executeOperation(
      { query, variables },
      {
        contextValue: createContext({
          db: extra.db ?? getDb(),
          config,
          dbMode: 'embedded',
          authenticated: extra.authenticated ?? false,
          requestId: 'test',
          ingest: options.ingest,
        }),
      },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { ...(res.body.singleResult as Omit<TestResult, 'http'>), http: { status: res.http.status } };
  };
  /** Runs and asserts there is no error; returns data. */
  const data = async (query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> => {
    const result = await run(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as Record<string, any>;
  };
  return { config, run, data, stop: () => server.stop() };
}
