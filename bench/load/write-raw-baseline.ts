/**
 * Internal (benchmarks): the raw baseline, the practical limit of writing this graph through Bolt: the merged
 * rows of a whole load (each node and relationship once) written by hand-batched `UNWIND ... CREATE` statements
 * of `chunkSize` rows, one transaction each; nodes first, then relationships by MATCH on the unique ids. No
 * content-hash check, no replacement of older versions, no orphan clean-up, no MERGE: what the graph must hold
 * and nothing else. The derived relationships CO_REPORTED and ADVERSARY_OF (docs/graph-model.md) are then
 * computed by the same global refresh statements our loader runs at the end of a big load
 * (cypher/derive/refresh-*-all.cypher, via refreshDerivedRelationships): there is no rawer way to write an
 * aggregate than to compute it once in the database.
 */
import type { Db } from '../../src/db/create-driver.ts';
import { refreshDerivedRelationships } from '../../src/load/refresh-derived-relationships.ts';
import type { MergedRows } from './merge-rows.ts';

const rel = (from: string, to: string, create: string): string =>
  `UNWIND $rows AS row MATCH (a:${from}) MATCH (b:${to}) CREATE ${create}`;

/** The statements, in write order; each takes $rows. Labels and types are constants of the graph model. */
export const BASELINE_STATEMENTS: readonly (readonly [keyof MergedRows, string])[] = [
  ['articles', 'UNWIND $rows AS row CREATE (a:Article {id: row.id}) SET a += row.props'],
  [
    'foundActors',
    "UNWIND $rows AS row CREATE (:Actor {id: row.id, name: row.name, nameEn: row.nameEn, kind: row.kind, origin: 'pattern', aliases: row.aliases, aliasText: reduce(s = '', x IN row.aliases | s + ' | ' + x)})",
  ],
  [
    'foundLocations',
    "UNWIND $rows AS row CREATE (:Location {id: row.id, name: row.name, nameEn: row.nameEn, kind: 'place', origin: 'pattern', aliases: row.aliases, aliasText: reduce(s = '', x IN row.aliases | s + ' | ' + x)})",
  ],
  [
    'reports',
    'UNWIND $rows AS row MATCH (a:Article {id: row.articleId}) CREATE (a)-[:HAS_REPORT]->(r:IncidentReport {id: row.id}) SET r += row.props, r.articleId = row.articleId, r.pending = true',
  ],
  [
    'claims',
    'UNWIND $rows AS row CREATE (c:Claim {id: row.id}) SET c += row.props, c.articleId = row.articleId',
  ],
  ['contains', rel('Article {id: row.articleId}', 'Claim {id: row.claimId}', '(a)-[:CONTAINS]->(b)')],
  [
    'actorMentions',
    rel('Article {id: row.articleId}', 'Actor {id: row.entityId}', '(a)-[:MENTIONS {count: row.count}]->(b)'),
  ],
  [
    'locationMentions',
    rel(
      'Article {id: row.articleId}',
      'Location {id: row.entityId}',
      '(a)-[:MENTIONS {count: row.count}]->(b)',
    ),
  ],
  ['publishedBy', rel('Article {id: row.articleId}', 'Actor {id: row.outletId}', '(a)-[:PUBLISHED_BY]->(b)')],
  ['attributedTo', rel('Claim {id: row.claimId}', 'Actor {id: row.actorId}', '(a)-[:ATTRIBUTED_TO]->(b)')],
  [
    'relayedBy',
    rel('Claim {id: row.claimId}', 'Actor {id: row.actorId}', '(a)-[:RELAYED_BY {hop: row.hop}]->(b)'),
  ],
  [
    'reportClaims',
    rel('Claim {id: row.claimId}', 'IncidentReport {id: row.reportId}', '(a)-[:CONCERNS]->(b)'),
  ],
];

/**
 * Given a Db, the merged rows and rows per statement, writes them, then the derived relationships; returns the
 * statements run (one transaction each; the refresh counts as one).
 */
export async function writeRawBaseline(
  db: Db,
  rows: MergedRows,
  chunkSize: number,
): Promise<{ transactions: number }> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  let transactions = 0;
  try {
    for (const [field, text] of BASELINE_STATEMENTS) {
      const all = rows[field];
      for (let i = 0; i < all.length; i += chunkSize) {
        const chunk = all.slice(i, i + chunkSize);
        await session.executeWrite((tx) => tx.run(text, { rows: chunk }), { timeout: 120_000 });
        transactions++;
      }
    }
  } finally {
    await session.close();
  }
  await refreshDerivedRelationships(db, 'all');
  transactions++;
  return { transactions };
}
