/**
 * Internal: builds a DataLoader for paged relations (a connection under each parent). A key is a parent id plus
 * the page arguments; keys that share their arguments are read in one statement (`$ids` + the arguments), so N
 * parents asking for the same page make one round trip. Rows go back in key order; gaps become empty pages.
 */
import DataLoader from 'dataloader';
import type { KeyedPage, Page, PageParams } from '../../db/node.repository.ts';

/** A paged-relation key: the parent id, the slice and the relation's own arguments (filters). */
export interface PageKey<A> extends PageParams {
  id: string;
  args: A;
}

/** Given a keyed paged read, returns a per-request DataLoader from PageKey to that parent's page. */
export function createPageLoader<T, A>(
  read: (ids: readonly string[], args: A, slice: PageParams) => Promise<KeyedPage<T>[]>,
): DataLoader<PageKey<A>, Page<T>, string> {
  const groupOf = (key: PageKey<A>) => JSON.stringify([key.args, key.skip, key.limit]);
  return new DataLoader<PageKey<A>, Page<T>, string>(
    async (keys) => {
      const groups = new Map<string, PageKey<A>[]>();
      for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
      const results = new Map<string, Page<T>>();
      await Promise.all(
        [...groups.entries()].map(async ([group, members]) => {
          const first = members[0] as PageKey<A>;
          const ids = [...new Set(members.map((m) => m.id))];
          const rows = await read(ids, first.args, { skip: first.skip, limit: first.limit });
          for (const row of rows) results.set(`${group}|${row.key}`, { total: row.total, page: row.page });
        }),
      );
      return keys.map((key) => results.get(`${groupOf(key)}|${key.id}`) ?? { total: 0, page: [] });
    },
    { cacheKeyFn: (key) => `${groupOf(key)}|${key.id}` },
  );
}
