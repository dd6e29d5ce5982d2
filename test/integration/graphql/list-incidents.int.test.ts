import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toIncidentFilterParams, type IncidentFilterParams } from '../../../src/db/list.repository.ts';
import { readCypher } from '../../../src/db/run-cypher.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

// The incident list reads a page from the date index (or from one place's incidents) instead of sorting every
// match. This test holds it to the plain reading of the contract: every match, sorted latest first (undated
// last, then by id), sliced; written here as a reference statement, over a seeded random graph.
const REFERENCE = `
MATCH (i:Incident)
WHERE ($types IS NULL OR i.type IN $types)
  AND ($from IS NULL OR i.date >= $from)
  AND ($to IS NULL OR i.date <= $to)
  AND ($locationId IS NULL OR EXISTS { (i)-[:OCCURRED_IN]->(:Location)-[:PART_OF*0..]->(:Location {id: $locationId}) })
  AND ($actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:PERPETRATED]->(i) } OR EXISTS { (i)-[:TARGETED]->(:Actor {id: $actorId}) })
  AND ($outletId IS NULL OR EXISTS { (:Actor {id: $outletId})<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(:Claim)-[:ABOUT]->(i) })
  AND ($stance IS NULL OR EXISTS { (:Claim {stance: $stance})-[:ABOUT]->(i) })
WITH i ORDER BY i.date IS NULL, i.date DESC, i.id
WITH collect(i.id) AS found
RETURN size(found) AS total, found[$skip..$skip + $limit] AS page`;

function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

function buildGraph(seed: number) {
  const random = createRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const places = [{ id: 'syria', partOf: null as string | null }];
  for (const g of ['g1', 'g2']) {
    places.push({ id: g, partOf: 'syria' });
    for (const d of [1, 2, 3]) {
      places.push({ id: `${g}-d${d}`, partOf: g });
      for (const v of [1, 2, 3, 4]) places.push({ id: `${g}-d${d}-v${v}`, partOf: `${g}-d${d}` });
    }
  }
  const actors = ['a1', 'a2', 'a3', 'a4', 'a5'];
  const outlets = ['o1', 'o2', 'o3'];
  const types = ['airstrike', 'shelling', 'clash', 'attack', 'killing'];
  // Few distinct dates, so that ties on the date are common and the id decides.
  const dates = [null, '2019-01-05', '2019-03-10', '2019-03-10', '2019-07-22', '2020-02-01', '2020-02-01', '2020-11-30'];
  const incidents = Array.from({ length: 160 }, (_, n) => ({
    id: `inc-${String((n * 37) % 160).padStart(3, '0')}`,
    type: pick(types),
    date: pick(dates),
    place: pick(places).id,
    perpetrator: random() < 0.6 ? pick(actors) : null,
    target: random() < 0.4 ? pick(actors) : null,
  }));
  const claims = incidents.flatMap((i, n) =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => ({
      id: `c-${n}-${k}`,
      incident: i.id,
      stance: pick(['assert', 'deny', 'accuse', 'announce']),
      article: `art-${Math.floor(random() * 40)}`,
    })),
  );
  const articles = Array.from({ length: 40 }, (_, n) => ({ id: `art-${n}`, outlet: pick(outlets) }));
  return { places, actors: [...actors, ...outlets], incidents, claims, articles };
}

describe('incidents list (cypher/read/list-incidents.cypher) against the plain sorted reading', () => {
  const neo = new TestNeo4j();
  beforeAll(async () => {
    await neo.reset();
    const g = buildGraph(7);
    await neo.run('UNWIND $places AS p CREATE (:Location {id: p.id})', g);
    await neo.run('UNWIND $places AS p MATCH (a:Location {id: p.id}), (b:Location {id: p.partOf}) CREATE (a)-[:PART_OF]->(b)', g);
    await neo.run('UNWIND $actors AS id CREATE (:Actor {id: id})', g);
    await neo.run('UNWIND $articles AS a MATCH (o:Actor {id: a.outlet}) CREATE (:Article {id: a.id})-[:PUBLISHED_BY]->(o)', g);
    await neo.run(
      `UNWIND $incidents AS x MATCH (l:Location {id: x.place})
       CREATE (i:Incident {id: x.id, type: x.type, date: x.date})-[:OCCURRED_IN]->(l)
       WITH i, x
       OPTIONAL MATCH (p:Actor {id: x.perpetrator}) FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (p)-[:PERPETRATED]->(i))
       WITH i, x
       OPTIONAL MATCH (t:Actor {id: x.target}) FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (i)-[:TARGETED]->(t))`,
      g,
    );
    await neo.run('UNWIND $claims AS c MATCH (i:Incident {id: c.incident}), (a:Article {id: c.article}) CREATE (a)-[:CONTAINS]->(:Claim {id: c.id, stance: c.stance})-[:ABOUT]->(i)', g);
  });
  afterAll(() => neo.close());

  const filters: IncidentFilterParams[] = [
    {},
    { types: ['airstrike', 'shelling'] },
    { from: '2019-03-10' },
    { to: '2019-07-22' },
    { from: '2019-02-01', to: '2020-02-01', types: ['clash', 'attack', 'killing'] },
    { locationId: 'g1' },
    { locationId: 'g2-d3', types: ['airstrike'] },
    { locationId: 'syria', from: '2020-01-01' },
    { actorId: 'a2' },
    { outletId: 'o1', stance: 'deny' },
    { stance: 'announce', to: '2020-01-01' },
    { locationId: 'nowhere' },
  ];
  const slices = [
    { skip: 0, limit: 20 },
    { skip: 5, limit: 7 },
    { skip: 20, limit: 20 },
    { skip: 130, limit: 50 },
    { skip: 500, limit: 10 },
  ];

  it('returns the same total and the same page, in the same order, for every filter and slice', async () => {
    let nonEmptyPages = 0;
    for (const filter of filters) {
      for (const slice of slices) {
        const params = { ...toIncidentFilterParams(filter), ...slice };
        const [expected] = await neo.run(REFERENCE, params);
        const [actual] = await readCypher<{ total: number; page: { id: string }[] }>(neo.get(), 'listIncidents', params);
        const label = JSON.stringify(params);
        expect({ label, total: Number(actual?.total), page: actual?.page.map((i) => i.id) }).toEqual({ label, total: Number(expected?.total), page: expected?.page });
        if ((expected?.page as string[]).length > 0) nonEmptyPages += 1;
      }
    }
    expect(nonEmptyPages).toBeGreaterThan(30);
  });
});
