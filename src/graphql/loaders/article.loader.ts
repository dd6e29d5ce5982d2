/** Public API: the per-request DataLoader of an article by id. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import { nodeRepository, type ArticleRow } from '../../db/node.repository.ts';
import { createNodeLoader } from './create-node-loader.ts';

/** Given the Db, returns a fresh DataLoader of an article by id. */
export function createArticleLoader(db: Db): DataLoader<string, ArticleRow | null> {
  return createNodeLoader((ids) => nodeRepository.articlesByIds(db, ids));
}
