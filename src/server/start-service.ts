/**
 * Public API: the main job's runtime: a database (embedded default or NEO4J_URI), its schema, and the HTTP
 * service listening; one `stop()` that drains requests, closes the driver and stops the embedded database.
 */
import type { Logger } from 'pino';
import type { Config } from '../config/load-config.ts';
import { connectDatabase, type DatabaseHandle } from '../db/connect-database.ts';
import { createServer, type ServiceParts } from './create-server.ts';

export interface RunningService {
  url: string;
  database: DatabaseHandle;
  parts: ServiceParts;
  /** Drains in-flight requests, closes the driver, stops the embedded database if we started it. */
  stop(): Promise<void>;
}

export interface StartServiceOptions {
  config: Config;
  logger: Logger;
  /** Runs after the database is ready and before the server listens (e.g. loading the seeds). */
  beforeListen?: (database: DatabaseHandle) => Promise<void>;
}

/** Given config and logger, returns the running service once it listens. */
export async function startService(options: StartServiceOptions): Promise<RunningService> {
  const { config, logger } = options;
  const database = await connectDatabase(config, {
    allowDown: config.neo4j.uri !== undefined,
    log: (line) => logger.info(line),
  });
  try {
    await options.beforeListen?.(database);
    const parts = await createServer({
      config,
      db: database.db,
      dbMode: database.embedded ? 'embedded' : 'external',
      logger,
    });
    await listen(parts, config.server.host, config.server.port);
    const address = parts.httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.server.port;
    const url = `http://${config.server.host === '0.0.0.0' ? 'localhost' : config.server.host}:${port}`;
    let stopping: Promise<void> | null = null;
    return {
      url,
      database,
      parts,
      stop: () => {
        stopping ??= (async () => {
          await parts.apollo.stop();
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function listen(parts: ServiceParts, host: string, port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    parts.httpServer.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on ${host} is already in use: stop the other process or set PORT to another port.`)
          : error,
      );
    });
    parts.httpServer.listen(port, host, () => resolvePromise());
  });
}
