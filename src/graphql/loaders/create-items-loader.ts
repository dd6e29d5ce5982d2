/**
 * Internal: builds a DataLoader over a keyed read that returns at most one `{ key, items }` row per id: the rows
 * go back in key order and ids without a row get an empty list.
 */
import DataLoader from 'dataloader';
import type { KeyedItems } from '../../db/node.repository.ts';

/** Given a keyed read, returns a per-request DataLoader from id to its related items. */
export function createItemsLoader<T>(
  read: (ids: readonly string[]) => Promise<KeyedItems<T>[]>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const byKey = new Map((await read(ids)).map((row) => [row.key, row.items]));
    return ids.map((id) => byKey.get(id) ?? []);
  });
}
