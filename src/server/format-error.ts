/**
 * Internal: Apollo's formatError hook. Known coded errors pass through; anything else becomes a generic
 * INTERNAL_SERVER_ERROR (logged with its cause), so Cypher and driver text never reach clients.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { toClientError } from '../graphql/errors/to-client-error.ts';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Given the logger and whether stack traces may be shown, returns the formatError function for Apollo. */
export function createFormatError(logger: Logger, includeStacktrace: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const client = toClientError(original);
    if (client) {
      return { message: client.message, locations: formatted.locations, path: formatted.path, extensions: { code: client.extensions.code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      return includeStacktrace ? formatted : { ...formatted, extensions: { code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Internal server error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
