/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL response shapes are checked by the assertions themselves. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestNeo4j } from '../helpers/test-neo4j.ts';
import { createTestApi } from './helpers/create-test-api.ts';

// 50 incidents, each with 3 claims in an article of one of 5 outlets, each claim with a source and a relay.
const SEED = `
UNWIND range(1, 5) AS o CREATE (:Actor {id: 'outlet-' + o, name: 'منفذ ' + o, nameEn: null, kind: 'MEDIA', aliases: [], aliasText: '', origin: 'pattern'})
WITH count(*) AS _
UNWIND range(1, 10) AS s CREATE (:Actor {id: 'source-' + s, name: 'مصدر ' + s, nameEn: null, kind: 'ORGANIZATION', aliases: [], aliasText: '', origin: 'pattern'})
WITH count(*) AS _
UNWIND range(1, 50) AS n
CREATE (i:Incident {id: 'inc-' + n, type: 'airstrike', date: '2019-01-' + right('0' + toString(1 + n % 28), 2), dateText: null,
  datePrecision: 'day', locationPrecision: 'unknown', summary: 'غارة ' + n, mergedFrom: [], mergeReasons: []})
WITH i, n
MATCH (o:Actor {id: 'outlet-' + (1 + n % 5)})
CREATE (r:Article {id: 'art-' + n, title: 'مقال ' + n, url: null, publishedAt: '2019-02-01', language: 'ar', text: 'نص', contentHash: 'h' + n,
  file: n + '.txt', outletId: o.id, loadedAt: '2026-01-01T00:00:00Z'})-[:PUBLISHED_BY]->(o)
WITH i, n, r
UNWIND range(1, 3) AS k
MATCH (s:Actor {id: 'source-' + (1 + (n + k) % 10)}), (v:Actor {id: 'source-' + (1 + (n + k + 1) % 10)})
CREATE (c:Claim {id: 'c-' + n + '-' + k, articleId: r.id, text: 'ادعاء ' + k, start: k * 10, end: k * 10 + 5, stance: 'assert',
  killed: k, injured: null, casualties: null, captured: null, displaced: null, victims: 'civilians', qualifier: null, vague: false})
CREATE (r)-[:CONTAINS]->(c), (c)-[:ABOUT]->(i), (c)-[:ATTRIBUTED_TO]->(s), (c)-[:RELAYED_BY {hop: 1}]->(v)`;

const NESTED = `{
  incidents(first: 50) {
    totalCount
    edges { node { id
      claims(first: 5) { totalCount edges { node { id
        source { id name }
        relays { hop actor { id } }
        outlet { id name }
        article { id outlet { id } }
      } } }
      agreement { grade independentSourceCount }
    } }
  }
}`;

describe('DataLoader batching against the real Neo4j', () => {
  const neo = new TestNeo4j();
  const api = createTestApi(() => neo.get(), { env: { KG_MAX_QUERY_COMPLEXITY: '1000000' } });
  beforeAll(async () => {
    await neo.reset();
    await neo.run(SEED);
  });
  afterAll(async () => {
    await api.stop();
    await neo.close();
  });

  it('answers 50 incidents -> claims -> source, relays, outlet, article -> outlet with one round trip per level and relation', async () => {
    neo.roundTrips.length = 0;
    const d = await api.data(NESTED);
    expect(d.incidents.totalCount).toBe(50);
    expect(d.incidents.edges).toHaveLength(50);
    const claims = d.incidents.edges.flatMap((e: any) => e.node.claims.edges.map((c: any) => c.node));
    expect(claims).toHaveLength(150);
    expect(claims.every((c: any) => c.source?.id && c.outlet?.id && c.relays.length === 1 && c.article.outlet.id === c.outlet.id)).toBe(true);
    expect(d.incidents.edges.every((e: any) => e.node.agreement.grade === 'CONTESTED')).toBe(true); // killed 1, 2, 3 disagree
    // level 1: the list; level 2: the claims page and the evidence for agreement; level 3: source, relays, outlet,
    // article of all 150 claims; level 4: the articles' outlets.
    expect([...neo.roundTrips].sort()).toEqual(
      ['listIncidents', 'claimsByIncidentIds', 'evidenceByIncidentIds', 'sourcesByClaimIds', 'relaysByClaimIds', 'outletsByClaimIds', 'articlesByClaimIds', 'outletsByArticleIds'].sort(),
    );
  });
});
