/**
 * Public API: the HTTP service: Apollo Server on /graphql (express), the pages on / and /explore, CORS, body
 * limits and request ids. Listening is the caller's job (start-service.ts), so tests can use executeOperation.
 */
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config/load-config.ts';
import type { Db } from '../db/create-driver.ts';
import { buildAppSchema } from '../graphql/build-schema.ts';
import { createContext, type GraphQLContext } from '../graphql/context.ts';
import { createRequestGuardPlugin } from '../graphql/limits/create-request-guard-plugin.ts';
import { createIngestFunction } from './create-ingest-function.ts';
import { isAuthorized } from './is-authorized.ts';
import { createFormatError } from './format-error.ts';
import { createRequestLogPlugin } from './create-request-log-plugin.ts';
import { mountPages } from './mount-pages.ts';
import { createHttpErrorHandlers } from './create-http-error-handlers.ts';

export interface ServiceParts {
  app: Express;
  httpServer: Server;
  apollo: ApolloServer<GraphQLContext>;
}

export interface CreateServerOptions {
  config: Config;
  db: Db;
  dbMode: 'embedded' | 'external';
  logger: Logger;
}

/** Given config, database and logger, returns the started Apollo server mounted on an express app (not listening). */
export async function createServer(options: CreateServerOptions): Promise<ServiceParts> {
  const { config, db, logger } = options;
  const app = express();
  const httpServer = createHttpServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    schema: buildAppSchema(),
    introspection: config.server.introspection,
    // We drain and stop ourselves (start-service.ts), then stop the database; Apollo must not re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.server.includeStacktrace,
    formatError: createFormatError(logger, config.server.includeStacktrace),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are declared and answers are POSTed, so Apollo's default cache-control plugin would only add a
      // hook to every resolved field (thousands in a network answer) to compute `cache-control: no-store`.
      ApolloServerPluginCacheControlDisabled(),
      createRequestGuardPlugin(config),
      createRequestLogPlugin(logger),
    ],
  });
  await apollo.start();
  const ingest = createIngestFunction(db, config);

  app.disable('x-powered-by');
  const corsOptions =
    config.server.corsOrigins.length > 0 ? { origin: [...config.server.corsOrigins] } : { origin: false };
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  mountPages(app, config);
  // One id per request, echoed in the response; the context and the request log line read it. A client's own id
  // is kept when it is short and plain (it ends up in logs).
  app.use('/graphql', (req, res, next) => {
    const id = req.headers['x-request-id'];
    req.headers['x-request-id'] = typeof id === 'string' && /^[\w.:-]{1,128}$/.test(id) ? id : randomUUID();
    res.setHeader('x-request-id', req.headers['x-request-id']);
    next();
  });
  app.use(
    '/graphql',
    cors(corsOptions),
    express.json({ limit: config.server.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        return createContext({
          db,
          config,
          dbMode: options.dbMode,
          authenticated: isAuthorized(req.headers.authorization, config.security.apiToken),
          requestId,
          ingest,
        });
      },
    }),
  );
  app.use(...createHttpErrorHandlers(logger));
  return { app, httpServer, apollo };
}
