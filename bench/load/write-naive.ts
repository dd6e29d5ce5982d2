/**
 * Internal (benchmarks): the naive writer: our own load statements (cypher/load/*.cypher) sent one row at a
 * time, each as its own auto-commit transaction, article after article in load order: what a loader without
 * batching does. It stops after a time or article budget, then computes the derived relationships (CO_REPORTED,
 * ADVERSARY_OF) of what it wrote once (the global refresh our loader runs, timed with the rest); the rate is
 * measured on what it wrote and the whole corpus's time extrapolated from it.
 */
import type { Db } from '../../src/db/create-driver.ts';
import { getCypher } from '../../src/db/cypher-registry.ts';
import type { ArticleRows } from '../../src/load/build-article-rows.ts';
import { refreshDerivedRelationships } from '../../src/load/refresh-derived-relationships.ts';

/** Our loader's statement per row list, in the order write-article-batch.ts runs them. */
const ORDER: readonly (readonly [keyof ArticleRows, Parameters<typeof getCypher>[0]])[] = [
  ['articles', 'mergeArticles'],
  ['foundActors', 'mergeFoundActors'],
  ['foundLocations', 'mergeFoundLocations'],
  ['actorMentions', 'mergeActorMentions'],
  ['locationMentions', 'mergeLocationMentions'],
  ['publishedBy', 'mergePublishedBy'],
  ['reports', 'mergeIncidentReports'],
  ['claims', 'mergeClaims'],
  ['attributedTo', 'mergeAttributedTo'],
  ['relayedBy', 'mergeRelayedBy'],
  ['reportClaims', 'mergeReportClaims'],
];

export interface NaiveResult {
  articles: number;
  statements: number;
  seconds: number;
  /** True when the budget ran out before the corpus did. */
  capped: boolean;
}

/** Given a Db, each article's rows in load order and a budget, writes row by row; returns what it managed. */
export async function writeNaive(
  db: Db,
  perArticle: readonly ArticleRows[],
  budget: { seconds: number; articles: number },
): Promise<NaiveResult> {
  const statements = ORDER.map(([field, key]) => {
    const text = getCypher(key);
    if (!text.includes('UNWIND $rows AS row'))
      throw new TypeError(
        `${key} does not start with UNWIND $rows AS row; the naive writer cannot send it row by row`,
      );
    return [field, text.replace('UNWIND $rows AS row', 'WITH $row AS row')] as const;
  });
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  const start = performance.now();
  const elapsed = (): number => (performance.now() - start) / 1000;
  let articles = 0;
  let sent = 0;
  try {
    for (const rows of perArticle) {
      if (articles >= budget.articles || elapsed() >= budget.seconds) break;
      for (const [field, text] of statements) {
        for (const row of rows[field]) {
          await session.run(text, { row });
          sent++;
        }
      }
      articles++;
    }
  } finally {
    await session.close();
  }
  await refreshDerivedRelationships(db, 'all');
  sent++;
  return { articles, statements: sent, seconds: elapsed(), capped: articles < perArticle.length };
}
