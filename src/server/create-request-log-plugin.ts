/**
 * Public API: the Apollo plugin that writes one `info` line per GraphQL request, through a pino child logger
 * bound to the request id: `{ requestId, operationName, durationMs, errors }`, where `errors` holds the error
 * codes only. The query text, variables, article text and tokens are never logged.
 */
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';

// Operation names come from clients; a bounded, plain name is enough to find a request again.
const MAX_NAME_LENGTH = 100;

/** Given the root logger, returns the plugin to list in ApolloServer's `plugins`. */
export function createRequestLogPlugin<TContext extends { requestId: string }>(
  logger: Logger,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const log = logger.child({ requestId: contextValue.requestId });
      return {
        async willSendResponse({ response, errors, operationName, request }) {
          const formatted = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const codes = (formatted ?? errors ?? []).map((e) =>
            String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          );
          const name = operationName ?? request.operationName ?? null;
          log.info(
            {
              operationName: name === null ? null : name.slice(0, MAX_NAME_LENGTH),
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              errors: codes,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
