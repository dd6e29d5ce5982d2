/**
 * Internal (browser): the playground's fetcher: every operation, introspection included, goes to the service's
 * own /graphql with the headers typed in the headers editor.
 */
import type { GraphiQLProps } from 'graphiql';
import { GRAPHQL_PATH } from '../shared/post-graphql.ts';

/** Given the endpoint path (default /graphql), returns a GraphiQL fetcher that POSTs JSON to it. */
export function createFetcher(path: string = GRAPHQL_PATH): GraphiQLProps['fetcher'] {
  return async (params, options) => {
    const response = await fetch(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options?.headers as Record<string, string> | undefined),
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      return { errors: [{ message: `HTTP ${response.status} from ${path}: ${text.slice(0, 300)}` }] };
    }
  };
}
