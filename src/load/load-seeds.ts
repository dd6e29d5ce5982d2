/**
 * Public API: loads the seed articles (seeds/articles) when the graph holds no article yet; `npm start` calls it.
 */
import path from 'node:path';
import type { Db } from '../db/create-driver.ts';
import { readCypher } from '../db/run-cypher.ts';
import { loadPaths, type LoadPathsResult } from './load-paths.ts';

/** Given a Db and the project root, loads seeds/articles into an empty graph; returns null when it was not empty. */
export async function loadSeeds(
  db: Db,
  projectRoot: string,
  options: { force?: boolean } = {},
): Promise<LoadPathsResult | null> {
  const [row] = await readCypher<{ count: number }>(db, 'countArticles');
  if (!options.force && (row?.count ?? 0) > 0) return null;
  return loadPaths(db, [path.join(projectRoot, 'seeds', 'articles')]);
}
