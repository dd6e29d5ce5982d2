/**
 * Internal (benchmarks): the rows of every batch of a load merged into one set, each node and relationship
 * once, with the values our MERGE statements (cypher/load/*) leave in the graph: found actors collect aliases,
 * found places keep their first row, mention counts take the last row. Incident reports are
 * per article; the joined incidents are the resolution stage's (src/load/resolve-pending-reports.ts), not rows. The raw baseline writes these with CREATE.
 */
import type { ArticleRows } from '../../src/load/build-article-rows.ts';

type Row = Record<string, unknown>;

/** The merged rows: ArticleRows with claim nodes apart from their CONTAINS links. */
export type MergedRows = Omit<ArticleRows, 'claims'> & { claims: Row[]; contains: Row[] };

const str = (row: Row, key: string): string => String(row[key]);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Given the rows of each batch in load order, returns every node and relationship once. */
export function mergeRows(batches: readonly ArticleRows[]): MergedRows {
  const keyed = <K extends keyof ArticleRows>(
    field: K,
    key: (row: Row) => string,
    merge: (old: Row, row: Row) => Row = (_o, r) => r,
  ): Row[] => {
    const out = new Map<string, Row>();
    for (const b of batches) {
      for (const row of b[field]) {
        const k = key(row);
        const old = out.get(k);
        out.set(k, old ? merge(old, row) : { ...row });
      }
    }
    return [...out.values()];
  };
  const union = (a: unknown, b: unknown): unknown[] => [
    ...list(a),
    ...list(b).filter((x) => !list(a).includes(x)),
  ];
  return {
    articles: keyed('articles', (r) => str(r, 'id')),
    foundActors: keyed(
      'foundActors',
      (r) => str(r, 'id'),
      (old, row) => ({ ...old, aliases: union(old.aliases, row.aliases) }),
    ),
    foundLocations: keyed(
      'foundLocations',
      (r) => str(r, 'id'),
      (old) => old,
    ),
    actorMentions: keyed('actorMentions', (r) => `${str(r, 'articleId')}|${str(r, 'entityId')}`),
    locationMentions: keyed('locationMentions', (r) => `${str(r, 'articleId')}|${str(r, 'entityId')}`),
    publishedBy: keyed('publishedBy', (r) => `${str(r, 'articleId')}|${str(r, 'outletId')}`),
    reports: keyed('reports', (r) => str(r, 'id')),
    claims: keyed('claims', (r) => str(r, 'id')),
    contains: keyed('claims', (r) => `${str(r, 'id')}|${str(r, 'articleId')}`).map((r) => ({
      claimId: r.id,
      articleId: r.articleId,
    })),
    attributedTo: keyed('attributedTo', (r) => `${str(r, 'claimId')}|${str(r, 'actorId')}`),
    relayedBy: keyed('relayedBy', (r) => `${str(r, 'claimId')}|${str(r, 'actorId')}|${str(r, 'hop')}`),
    reportClaims: keyed('reportClaims', (r) => `${str(r, 'claimId')}|${str(r, 'reportId')}`),
  };
}

/** Given merged rows, returns how many nodes and relationships they describe. */
export function countMergedRows(rows: MergedRows): number {
  return Object.values(rows).reduce((n, l: unknown[]) => n + l.length, 0);
}
