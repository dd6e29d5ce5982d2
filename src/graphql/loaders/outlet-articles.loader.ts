/** Public API: the per-request DataLoader of one page of the articles an outlet published. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ArticleRow, Page } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createPageLoader, type PageKey } from './create-page-loader.ts';

/** The arguments of this relation that every key of a batch shares. */
export type OutletArticlesArgs = Record<string, never>;

/** Given the Db, returns a fresh DataLoader of one page of the articles an outlet published. */
export function createOutletArticlesLoader(
  db: Db,
): DataLoader<PageKey<OutletArticlesArgs>, Page<ArticleRow>, string> {
  return createPageLoader<ArticleRow, OutletArticlesArgs>((ids, _args, slice) =>
    relationRepository.outletArticles(db, ids, slice),
  );
}
