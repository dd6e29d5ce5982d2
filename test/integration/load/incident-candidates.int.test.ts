import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCypher, writeCypher } from '../../../src/db/run-cypher.ts';
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
  // Incidents at the governorate over the year, so that its date window matters.
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
       CREATE (i)-[:OCCURRED_IN {placeId: l.id, date: x.date}]->(l)
       CREATE (i)-[:REPORTED_IN]->(:Article {id: 'a-' + x.id, publishedAt: x.publishedAt})`,
      { incidents: INCIDENTS },
    );
  });
  afterAll(() => neo.close());

  const candidates = async (key: ReturnType<typeof toCandidateKey>): Promise<string[]> => {
    const rows = await readCypher<{ id: string }>(neo.get(), 'incidentCandidates', { keys: [key], limit: 500 });
    return rows.map((r) => r.id).sort();
  };

  it('finds dated incidents at the place, its ancestors and descendants within a month, and undated ones at the very place reported within two days', async () => {
    const key = toCandidateKey('v1', '2020-05-12', '2020-05-13');
    expect(key).toEqual({ locationId: 'v1', from: '2020-04-11', to: '2020-06-12', publishedFrom: '2020-05-11', publishedTo: '2020-05-15' });
    expect(await candidates(key)).toEqual([
      'filler-04',
      'filler-05',
      'in-window-country',
      'in-window-district',
      'in-window-village',
      'undated-here-close',
    ]);
  });

  it('for an undated incident returns only incidents at the very place reported within two days, and none without a publication date', async () => {
    expect(await candidates(toCandidateKey('v1', null, '2020-05-13'))).toEqual(['in-window-village', 'undated-here-close']);
    expect(await candidates(toCandidateKey('v1', null, null))).toEqual([]);
  });

  it('includes the descendants of a coarse place, and never unrelated places', async () => {
    const found = await candidates(toCandidateKey('d', '2020-05-10', null));
    expect(found).toEqual(expect.arrayContaining(['in-window-village', 'in-window-sibling', 'in-window-district', 'in-window-country']));
    expect(found).not.toContain('in-window-unrelated');
    expect(found).not.toContain('undated-parent-close');
  });

  it('keeps the place and date on OCCURRED_IN when a later article fills in the date, so the incident is found', async () => {
    const db = neo.get();
    const row = (date: string | null) => ({
      id: 'sync-1', type: 'shelling', date, dateText: null, datePrecision: date === null ? 'unknown' : 'day', locationPrecision: 'place', summary: null, mergedFrom: [], mergeReasons: [],
    });
    await writeCypher(db, 'mergeIncidents', { rows: [row(null)] });
    await writeCypher(db, 'mergeOccurredIn', { rows: [{ incidentId: 'sync-1', locationId: 'v2' }] });
    const key = toCandidateKey('v2', '2021-01-05', null);
    expect(await candidates(key)).toEqual([]);
    await writeCypher(db, 'mergeIncidents', { rows: [row('2021-01-02')] });
    expect(await neo.run("MATCH (:Incident {id: 'sync-1'})-[r:OCCURRED_IN]->() RETURN r.placeId AS placeId, r.date AS date")).toEqual([{ placeId: 'v2', date: '2021-01-02' }]);
    expect(await candidates(key)).toEqual(['sync-1']);
    expect(await candidates(toCandidateKey('d', '2021-01-20', null))).toEqual(['sync-1']);
  });
});
