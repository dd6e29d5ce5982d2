/**
 * Public API: turns one page read at a slice into a Relay connection (edges with offset cursors, pageInfo).
 */
import type { Page, PageParams } from '../../db/node.repository.ts';
import type { Connection } from '../types/create-connection-type.ts';
import { encodeOffsetCursor } from './offset-cursor.ts';

/** Given a page, the slice it was read at, and optionally a hook to prime node loaders, returns the connection. */
export function toConnection<T>(page: Page<T>, slice: PageParams, prime?: (node: T) => void): Connection<T> {
  const edges = page.page.map((node, index) => {
    prime?.(node);
    return { cursor: encodeOffsetCursor(slice.skip + index), node };
  });
  return {
    totalCount: page.total,
    edges,
    pageInfo: {
      hasNextPage: slice.skip + edges.length < page.total,
      hasPreviousPage: slice.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
