/**
 * Public API: the Apollo plugin that guards every operation before it runs: reads need the token when
 * `security.readsRequireToken` (the `health` query stays open), and the operation's depth and complexity must
 * stay within `limits.maxQueryDepth` / `limits.maxQueryComplexity`, else QUERY_TOO_COMPLEX (HTTP 400).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
// The CommonJS build: the ESM build imports graphql/index.mjs, a second graphql realm that type-graphql's schema
// (built with the CommonJS graphql) rejects with "Cannot use GraphQLObjectType from another module or realm".
import { getComplexity } from 'graphql-query-complexity/cjs';
import type { Config } from '../../config/load-config.ts';
import type { GraphQLContext } from '../context.ts';
import { QueryTooComplexError } from '../errors/query-too-complex.error.ts';
import { UnauthenticatedError } from '../errors/unauthenticated.error.ts';
import { estimateFieldComplexity } from './estimate-field-complexity.ts';
import { measureQueryDepth } from './measure-query-depth.ts';

const OPEN_ROOT_FIELDS = new Set(['health', '__typename', '__schema', '__type']);
// Introspection touches no data and is allowed or refused as a whole by `server.introspection`; GraphiQL's
// standard introspection query would otherwise trip the complexity limit and leave the playground without docs.
const INTROSPECTION_FIELDS = new Set(['__typename', '__schema', '__type']);
const MAX_INTROSPECTION_ROOT_FIELDS = 20;

/** Given the config, returns the plugin to list in ApolloServer's `plugins`. */
export function createRequestGuardPlugin(config: Config): ApolloServerPlugin<GraphQLContext> {
  const { maxQueryDepth, maxQueryComplexity } = config.limits;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema, contextValue, operationName }) {
          const open =
            operation?.operation === 'query' &&
            operation.selectionSet.selections.every(
              (s) => s.kind === Kind.FIELD && OPEN_ROOT_FIELDS.has(s.name.value),
            );
          if (config.security.readsRequireToken && !contextValue.authenticated && !open) {
            throw new UnauthenticatedError(
              'This server requires the API token for reads: send Authorization: Bearer <token>.',
              { http: { status: 401 } },
            );
          }
          // A bounded number of root fields: 20 000 aliased `__typename`s are no introspection query.
          const introspectionOnly =
            operation?.operation === 'query' &&
            operation.selectionSet.selections.length <= MAX_INTROSPECTION_ROOT_FIELDS &&
            operation.selectionSet.selections.every(
              (s) => s.kind === Kind.FIELD && INTROSPECTION_FIELDS.has(s.name.value),
            );
          if (introspectionOnly) return;
          const depth = measureQueryDepth(document, operationName);
          if (depth > maxQueryDepth) {
            throw new QueryTooComplexError(
              `The query nests ${depth} levels deep; the limit is ${maxQueryDepth}.`,
              { http: { status: 400 } },
            );
          }
          const complexity = measureComplexity(() =>
            getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [estimateFieldComplexity],
            }),
          );
          if (complexity > maxQueryComplexity) {
            throw new QueryTooComplexError(
              `The query's complexity is ${complexity}; the limit is ${maxQueryComplexity}. Ask for smaller pages or fewer nested lists.`,
              {
                http: { status: 400 },
              },
            );
          }
        },
      };
    },
  };
}

/**
 * graphql-query-complexity refuses documents of more than 10 000 nodes (20 000 aliases, say) by throwing a plain
 * GraphQLError; that is a query too complex as well, not an internal error.
 */
function measureComplexity(compute: () => number): number {
  try {
    return compute();
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
      throw new QueryTooComplexError(
        'The query has too many fields (more than 10 000 with aliases and fragments).',
        { http: { status: 400 } },
      );
    }
    throw error;
  }
}
