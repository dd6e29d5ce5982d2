/**
 * Internal (browser): the pages' only way to the data: a POST to the service's own public /graphql endpoint.
 */

/** One error as the GraphQL response carries it. */
export interface GraphQLResponseError {
  message: string;
  extensions?: { code?: string };
}

/** A GraphQL response: data, errors, or both. */
export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLResponseError[];
}

/** Where the pages send operations: same origin, so no request ever leaves the service. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Given an operation and its variables, returns the parsed GraphQL response from the service's /graphql.
 * HTTP errors that still carry a GraphQL body (400 for validation) are returned as that body, not thrown.
 */
export async function postGraphQL<TData>(
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResponse<TData>;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
}
