/** Public API: the per-request DataLoader of the article that contains a claim (CONTAINS). */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import type { ArticleRow } from '../../db/node.repository.ts';
import { relationRepository } from '../../db/relation.repository.ts';
import { createNodeLoader } from './create-node-loader.ts';

/** Given the Db, returns a fresh DataLoader of the article that contains a claim (CONTAINS). */
export function createClaimArticleLoader(db: Db): DataLoader<string, ArticleRow | null> {
  return createNodeLoader((ids) => relationRepository.claimArticles(db, ids));
}
