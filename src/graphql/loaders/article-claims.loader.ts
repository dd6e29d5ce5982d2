/** Public API: the per-request DataLoader of one page of an article's claims (CONTAINS). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ClaimRow, Page } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createPageLoader, type PageKey } from './create-page-loader.ts';

/** The arguments of this relation that every key of a batch shares. */
export type ArticleClaimsArgs = { stance: string | null };

/** Given the Db, returns a fresh DataLoader of one page of an article's claims (CONTAINS). */
export function createArticleClaimsLoader(
  db: Db,
): DataLoader<PageKey<ArticleClaimsArgs>, Page<ClaimRow>, string> {
  return createPageLoader<ClaimRow, ArticleClaimsArgs>((ids, args, slice) =>
    relationRepository.articleClaims(db, ids, args.stance, slice),
  );
}
