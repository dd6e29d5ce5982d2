/** Public API: the per-request DataLoader of the actors and places an article MENTIONS. */
import type DataLoader from 'dataloader';
import type { Db } from '../../db/create-driver.ts';
import { relationRepository, type MentionRow } from '../../db/relation.repository.ts';
import { createItemsLoader } from './create-items-loader.ts';

/** Given the Db, returns a fresh DataLoader of the actors and places an article MENTIONS. */
export function createArticleMentionsLoader(db: Db): DataLoader<string, MentionRow[]> {
  return createItemsLoader((ids) => relationRepository.articleMentions(db, ids));
}
