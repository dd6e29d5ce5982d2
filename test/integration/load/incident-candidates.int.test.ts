import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCypher } from '../../../src/db/run-cypher.ts';
import { toCandidateKey } from '../../../src/load/resolve-incidents-for-batch.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

// A hand-built graph: country > governorate > district > two villages, and incidents at each level on chosen
// days, some undated, each reported in an article of a chosen publication day.
const PLACES = [
  { id: 'c', partOf: null },
  { id: 'g', partOf: 'c' },
  { id: 'd', partOf: 'g' },
  { id: 'v1', partOf: 'd' },
  { id: 'v2', partOf: 'd' },
  { id: 'elsewhere', partOf: 'c' },
];
const INCIDENTS = [
  { id: 'in-window-village', place: 'v1', date: '2020-05-10', publishedAt: '2020-05-11' },
  { id: 'in-window-district', place: 'd', date: '2020-05-20', publishedAt: '2020-05-21' },
  { id: 'in-window-country', place: 'c', date: '2020-04-15', publishedAt: '2020-04-16' },
  { id: 'in-window-sibling', place: 'v2', date: '2020-05-10', publishedAt: '2020-05-10' },
  { id: 'in-window-unrelated', place: 'elsewhere', date: '2020-05-10', publishedAt: '2020-05-10' },
  { id: 'too-early', place: 'v1', date: '2020-03-01', publishedAt: '2020-03-02' },
  { id: 'too-late-country', place: 'c', date: '2020-07-01', publishedAt: '2020-07-01' },
  { id: 'undated-here-close', place: 'v1', date: null, publishedAt: '2020-05-12' },
  { id: 'undated-here-far', place: 'v1', date: null, publishedAt: '2020-06-30' },
  { id: 'undated-parent-close', place: 'd', date: null, publishedAt: '2020-05-12' },
  // Many filler incidents at the governorate so that it counts as dense in one of the runs below.
  ...Array.from({ length: 12 }, (_, n) => ({ id: `filler-${String(n).padStart(2, '0')}`, place: 'g', date: `2020-0${1 + (n % 9)}-05`, publishedAt: `2020-0${1 + (n % 9)}-06` })),
];

describe('incident candidates (cypher/read/incident-candidates.cypher)', () => {
  const neo = new TestNeo4j();
  beforeAll(async () => {
    await neo.reset();
    await neo.run('UNWIND $places AS p CREATE (:Location {id: p.id})', { places: PLACES });
    await neo.run('UNWIND $places AS p MATCH (a:Location {id: p.id}), (b:Location {id: p.partOf}) CREATE (a)-[:PART_OF]->(b)', {
      places: PLACES.filter((p) => p.partOf !== null),
    });
    await neo.run(
      `UNWIND $incidents AS x
       MATCH (l:Location {id: x.place})
       CREATE (i:Incident {id: x.id, type: 'airstrike', date: x.date, datePrecision: CASE WHEN x.date IS NULL THEN 'unknown' ELSE 'day' END})
       CREATE (i)-[:OCCURRED_IN]->(l)
       CREATE (i)-[:REPORTED_IN]->(:Article {id: 'a-' + x.id, publishedAt: x.publishedAt})`,
      { incidents: INCIDENTS },
    );
  });
  afterAll(() => neo.close());

  const candidates = async (key: ReturnType<typeof toCandidateKey>, denseAbove: number): Promise<string[]> => {
    const rows = await readCypher<{ id: string }>(neo.get(), 'incidentCandidates', { keys: [key], denseAbove, limit: 500 });
    return rows.map((r) => r.id).sort();
  };

  it('finds dated incidents at the place, its ancestors and descendants within a month, and undated ones at the very place reported within two days', async () => {
    const key = toCandidateKey('v1', '2020-05-12', '2020-05-13');
    expect(key).toEqual({ locationId: 'v1', from: '2020-04-11', to: '2020-06-12', publishedFrom: '2020-05-11', publishedTo: '2020-05-15' });
    expect(await candidates(key, 1_000_000)).toEqual([
      'filler-04',
      'filler-05',
      'in-window-country',
      'in-window-district',
      'in-window-village',
      'undated-here-close',
    ]);
  });

  it('answers the same whether places are expanded or reached through the date index', async () => {
    for (const key of [toCandidateKey('v1', '2020-05-12', '2020-05-13'), toCandidateKey('g', '2020-02-01', null), toCandidateKey('c', '2020-05-01', '2020-05-02')]) {
      const expanded = await candidates(key, 1_000_000);
      expect(expanded.length).toBeGreaterThan(0);
      expect(await candidates(key, 0)).toEqual(expanded);
      expect(await candidates(key, 3)).toEqual(expanded);
    }
  });

  it('for an undated incident returns only incidents at the very place reported within two days, and none without a publication date', async () => {
    expect(await candidates(toCandidateKey('v1', null, '2020-05-13'), 0)).toEqual(['in-window-village', 'undated-here-close']);
    expect(await candidates(toCandidateKey('v1', null, null), 0)).toEqual([]);
  });

  it('includes the descendants of a coarse place, and never unrelated places', async () => {
    const found = await candidates(toCandidateKey('d', '2020-05-10', null), 0);
    expect(found).toEqual(expect.arrayContaining(['in-window-village', 'in-window-sibling', 'in-window-district', 'in-window-country']));
    expect(found).not.toContain('in-window-unrelated');
    expect(found).not.toContain('undated-parent-close');
  });
});
