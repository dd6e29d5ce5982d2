/**
 * Internal: builds a DataLoader over a keyed read that returns at most one `{ key, node }` row per id: the rows
 * go back in key order and missing ids become null (the dataloader README's batch-function contract).
 */
import DataLoader from 'dataloader';
import type { KeyedNode } from '../../db/node.repository.ts';

/** Given a keyed read, returns a per-request DataLoader from id to node (or null). */
export function createNodeLoader<T>(
  read: (ids: readonly string[]) => Promise<KeyedNode<T>[]>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const byKey = new Map((await read(ids)).map((row) => [row.key, row.node]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}
