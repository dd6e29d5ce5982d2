/**
 * The real HTTP service (createServer) over a test database, listening on a free port of 127.0.0.1: for the
 * integration tests of the HTTP layer and the e2e tests of the pages.
 */
import type { Logger } from 'pino';
import { loadConfig, type Config } from '../../../src/config/load-config.ts';
import type { Db } from '../../../src/db/create-driver.ts';
import { createLogger } from '../../../src/server/create-logger.ts';
import { createServer, type ServiceParts } from '../../../src/server/create-server.ts';

export interface TestService {
  /** http://127.0.0.1:<port>, the only origin the pages may talk to. */
  origin: string;
  parts: ServiceParts;
  stop(): Promise<void>;
}

export interface TestServiceOptions {
  /** Environment on top of NODE_ENV=test (ignored when `config` is given). */
  env?: Record<string, string>;
  config?: Config;
  /** Default: silent. */
  logger?: Logger;
  dbMode?: 'external' | 'embedded';
}

/** Given a Db and options, returns the service listening on 127.0.0.1. */
export async function startTestService(db: Db, options: TestServiceOptions = {}): Promise<TestService> {
  const config = options.config ?? loadConfig({ NODE_ENV: 'test', ...options.env });
  const parts = await createServer({ config, db, dbMode: options.dbMode ?? 'external', logger: options.logger ?? createLogger('silent') });
  await new Promise<void>((resolve) => parts.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const address = parts.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, parts, stop: () => parts.apollo.stop() };
}
