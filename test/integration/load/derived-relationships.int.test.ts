import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../../src/db/apply-schema.ts';
import { refreshStaleDerived } from '../../../src/load/create-derived-tracker.ts';
import { loadPaths } from '../../../src/load/load-paths.ts';
import { loadSeeds } from '../../../src/load/load-seeds.ts';
import { createIngestFunction } from '../../../src/server/create-ingest-function.ts';
import { createTestApi } from '../graphql/helpers/create-test-api.ts';
import {
  computeAdversaryOf,
  computeCoReported,
  readStoredAdversaryOf,
  readStoredCoReported,
  type DerivedPair,
} from '../helpers/derived-reference.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SEEDS = path.join(ROOT, 'seeds', 'articles');
const HORRYA = '002_3c6896355c80d8ea.txt';
const INGEST =
  'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId changed } }';
// A relayed report of the same strike, as another outlet would write it.
const RELAYED =
  'وقال المرصد السوري لحقوق الإنسان لوكالة فرانس برس إن عشرة مدنيين قتلوا في غارات التحالف الدولي على بلدة الباغوز.';
// An incident whose perpetrator and target no seed article pairs, and neither of which is the source or a relay of
// a claim: a new ADVERSARY_OF (russia -> jaish-al-thuwar) that only the perpetrators and targets of the article's
// incidents bring into a scoped refresh.
const SHELLING =
  'وقال المرصد السوري لحقوق الإنسان إن الطائرات الروسية قصفت مواقع جيش الثوار في بلدة الباغوز ما أدى إلى مقتل ثلاثة مقاتلين.';
const isNewPair = (p: DerivedPair): boolean => p.source === 'russia' && p.target === 'jaish-al-thuwar';

describe('the derived relationships CO_REPORTED and ADVERSARY_OF', () => {
  const neo = new TestNeo4j();
  const dirs: string[] = [];
  beforeEach(() => neo.reset());
  afterAll(async () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await neo.close();
  });

  /**
   * Asserts that the stored relationships are exactly the aggregations over the claims and incidents, and that
   * the mark is cleared; returns them.
   */
  const expectExact = async (): Promise<{ coReported: DerivedPair[]; adversaryOf: DerivedPair[] }> => {
    const coReported = await readStoredCoReported(neo);
    expect(coReported).toEqual(await computeCoReported(neo));
    const adversaryOf = await readStoredAdversaryOf(neo);
    expect(adversaryOf).toEqual(await computeAdversaryOf(neo));
    const marks = await neo.run("MATCH (m:Meta {id: 'derived'}) RETURN m.id AS id, m.stale AS stale");
    expect(marks).toEqual([{ id: 'derived', stale: false }]);
    return { coReported, adversaryOf };
  };
  const seedCopy = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-derived-'));
    dirs.push(dir);
    cpSync(SEEDS, dir, { recursive: true });
    return dir;
  };

  it('equal the aggregation over every claim after loading the seeds', async () => {
    await loadSeeds(neo.get(), ROOT, { force: true });
    const stored = await expectExact();
    expect(stored.coReported.length).toBeGreaterThan(10);
    expect(stored.adversaryOf.length).toBeGreaterThan(5);
  });

  it('stay exact when an article gains claims and when a new version drops some (its actors are refreshed)', async () => {
    const dir = seedCopy();
    await loadPaths(neo.get(), [dir]);
    const first = await expectExact();
    const original = readFileSync(path.join(dir, HORRYA), 'utf8');

    writeFileSync(path.join(dir, HORRYA), `${original}\n${RELAYED}\n${SHELLING}\n`);
    neo.roundTrips.length = 0;
    expect((await loadPaths(neo.get(), [dir])).summary).toMatchObject({ loaded: 1, unchanged: 4 });
    expect(neo.roundTrips).toContain('refreshDerivedRelationships');
    expect(neo.roundTrips).not.toContain('refreshCoReportedAll');
    expect(neo.roundTrips).not.toContain('refreshAdversaryOfAll');
    const gained = await expectExact();
    expect(gained.coReported).not.toEqual(first.coReported);
    expect(first.adversaryOf.filter(isNewPair)).toEqual([]);
    expect(gained.adversaryOf.filter(isNewPair)).toMatchObject([
      { weight: 1, evidence: [expect.any(String)] },
    ]);

    // The outlet cuts the story to its first two paragraphs: the sources of the others drop out.
    writeFileSync(path.join(dir, HORRYA), original.split('\n').slice(0, 2).join('\n'));
    expect((await loadPaths(neo.get(), [dir])).summary).toMatchObject({ loaded: 1, unchanged: 4 });
    const cut = await expectExact();
    expect(cut.coReported).not.toEqual(gained.coReported);
    expect(cut.adversaryOf).not.toEqual(first.adversaryOf);
    expect(cut.adversaryOf.filter(isNewPair)).toEqual([]);
    const [orphans] = await neo.run("RETURN COUNT { (e:Actor {origin: 'pattern'}) WHERE NOT (e)--() } AS n");
    expect(orphans?.n).toBe(0);
  });

  it('stay exact after ingestArticle through GraphQL, first a new article, then a new version of it', async () => {
    await loadSeeds(neo.get(), ROOT, { force: true });
    const seeded = await expectExact();
    const api = createTestApi(() => neo.get(), {
      ingest: (input) => createIngestFunction(neo.get(), api.config)(input),
    });
    try {
      const text = `${RELAYED}\n${readFileSync(path.join(SEEDS, HORRYA), 'utf8')}\n${SHELLING}`;
      const input = { text, url: 'https://example.org/relayed', outlet: 'enab-baladi' };
      const first = await api.run(INGEST, { input }, { authenticated: true });
      expect(first.errors).toBeUndefined();
      expect(first.data?.ingestArticle).toMatchObject({ changed: true });
      const ingested = await expectExact();
      expect(ingested.coReported).not.toEqual(seeded.coReported);
      expect(ingested.adversaryOf.filter(isNewPair)).toHaveLength(1);

      const shorter = await api.run(
        INGEST,
        { input: { ...input, text: text.split('\n').slice(0, 3).join('\n') } },
        { authenticated: true },
      );
      expect(shorter.errors).toBeUndefined();
      expect(shorter.data?.ingestArticle).toMatchObject({ changed: true });
      const replaced = await expectExact();
      expect(replaced.coReported).not.toEqual(ingested.coReported);
      expect(replaced.adversaryOf.filter(isNewPair)).toEqual([]);
    } finally {
      await api.stop();
    }
  });

  it('are all refreshed by the next load, even one that writes nothing, when a load stopped before its refresh', async () => {
    await loadSeeds(neo.get(), ROOT, { force: true });
    const exact = await expectExact();
    // What a load killed after its batches and before its refresh leaves: wrong relationships, the mark set, and
    // a found actor that only a stale relationship still holds.
    await neo.run(`MATCH ()-[r:CO_REPORTED]->() WITH r LIMIT 5 DELETE r`);
    await neo.run(`MATCH ()-[r:ADVERSARY_OF]->() WITH r LIMIT 5 DELETE r`);
    await neo.run(
      `MATCH (a:Actor {id: 'sohr'}), (b:Actor {id: 'usa'}) MERGE (b)-[:CO_REPORTED {weight: 99, evidence: []}]->(a)`,
    );
    await neo.run(
      `MATCH (a:Actor {id: 'sohr'}), (b:Actor {id: 'usa'}) MERGE (b)-[:ADVERSARY_OF {weight: 99, evidence: []}]->(a)`,
    );
    await neo.run(`MATCH (a:Actor {id: 'sohr'})
      CREATE (:Actor {id: 'found-gone', name: 'x', kind: 'ARMED_GROUP', aliases: [], aliasText: '', origin: 'pattern'})-[:ADVERSARY_OF {weight: 1, evidence: []}]->(a)`);
    await neo.run(`MATCH (m:Meta {id: 'derived'}) SET m.stale = true`);

    neo.roundTrips.length = 0;
    expect((await loadPaths(neo.get(), [SEEDS])).summary).toMatchObject({ loaded: 0, unchanged: 5 });
    expect(neo.roundTrips).toContain('refreshCoReportedAll');
    expect(neo.roundTrips).toContain('refreshAdversaryOfAll');
    expect(await expectExact()).toEqual(exact);
    expect(await neo.run("MATCH (e:Actor {id: 'found-gone'}) RETURN e.id")).toEqual([]);

    // With the mark cleared, a load that writes nothing leaves them alone.
    neo.roundTrips.length = 0;
    await loadPaths(neo.get(), [SEEDS]);
    expect(neo.roundTrips.filter((k) => k.startsWith('refresh'))).toEqual([]);
  });

  it('are all refreshed by the next load after the start-up migration of a graph written before ADVERSARY_OF', async () => {
    await loadSeeds(neo.get(), ROOT, { force: true });
    const exact = await expectExact();
    // Such a graph: CO_REPORTED up to date under the old mark, no ADVERSARY_OF.
    await neo.run(`MATCH ()-[r:ADVERSARY_OF]->() DELETE r`);
    await neo.run(`MATCH (m:Meta {id: 'derived'}) SET m.id = 'co_reported', m.stale = false`);

    await applySchema(neo.get());
    expect(
      await neo.run("MATCH (m:Meta) WHERE m.id <> 'resolution' RETURN m.id AS id, m.stale AS stale"),
    ).toEqual([{ id: 'derived', stale: true }]);
    neo.roundTrips.length = 0;
    expect((await loadPaths(neo.get(), [SEEDS])).summary).toMatchObject({ loaded: 0, unchanged: 5 });
    expect(neo.roundTrips).toContain('refreshAdversaryOfAll');
    expect(await expectExact()).toEqual(exact);

    // Once migrated, the start-up leaves the mark alone.
    await applySchema(neo.get());
    expect(
      await neo.run("MATCH (m:Meta) WHERE m.id <> 'resolution' RETURN m.id AS id, m.stale AS stale"),
    ).toEqual([{ id: 'derived', stale: false }]);
  });

  it('are brought up to date before serving (kg start, kg serve) when the mark is stale, and left alone when it is not', async () => {
    await loadSeeds(neo.get(), ROOT, { force: true });
    const exact = await expectExact();
    expect((await refreshStaleDerived(neo.get())).scope).toBe('none');
    await neo.run('MATCH ()-[r:ADVERSARY_OF|CO_REPORTED]->() DELETE r');
    await neo.run("MATCH (m:Meta {id: 'derived'}) SET m.stale = true");
    expect(await refreshStaleDerived(neo.get())).toMatchObject({ scope: 'all', cleared: true });
    expect(await expectExact()).toEqual(exact);
    expect(await neo.run("MATCH (m:Meta) WHERE m.id <> 'resolution' RETURN m.stale AS stale")).toEqual([
      { stale: false },
    ]);
  });
});
