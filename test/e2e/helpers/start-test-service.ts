/**
 * The e2e tests' service: the real HTTP service (createServer) over the test Neo4j, listening on a free port.
 */
import { loadConfig } from '../../../src/config/load-config.ts';
import type { Db } from '../../../src/db/create-driver.ts';
import { createLogger } from '../../../src/server/create-logger.ts';
import { createServer } from '../../../src/server/create-server.ts';

export interface TestService {
  /** http://127.0.0.1:<port>, the only origin the pages may talk to. */
  origin: string;
  stop(): Promise<void>;
}

/** Given a Db and extra environment, returns the service listening on 127.0.0.1 with the pages on. */
export async function startTestService(db: Db, env: Record<string, string> = {}): Promise<TestService> {
  const config = loadConfig({ NODE_ENV: 'test', KG_PLAYGROUND: 'true', ...env });
  const parts = await createServer({ config, db, dbMode: 'external', logger: createLogger('silent') });
  await new Promise<void>((resolve) => parts.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const address = parts.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, stop: () => parts.apollo.stop() };
}
