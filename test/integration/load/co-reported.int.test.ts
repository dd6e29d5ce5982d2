import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPaths } from '../../../src/load/load-paths.ts';
import { loadSeeds } from '../../../src/load/load-seeds.ts';
import { createIngestFunction } from '../../../src/server/create-ingest-function.ts';
import { createTestApi } from '../graphql/helpers/create-test-api.ts';
import { computeCoReported, readStoredCoReported, type CoReportedPair } from '../helpers/co-reported-reference.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SEEDS = path.join(ROOT, 'seeds', 'articles');
const HORRYA = '002_3c6896355c80d8ea.txt';
const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId changed } }';
// A relayed report of the same strike, as another outlet would write it.
const RELAYED = 'وقال المرصد السوري لحقوق الإنسان لوكالة فرانس برس إن عشرة مدنيين قتلوا في غارات التحالف الدولي على بلدة الباغوز.';

describe('the derived CO_REPORTED relationships', () => {
  const neo = new TestNeo4j();
  const dirs: string[] = [];
  beforeEach(() => neo.reset());
  afterAll(async () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await neo.close();
  });

  /** Asserts that the stored relationships are exactly the aggregation over the claims, and none is marked stale. */
  const expectExact = async (): Promise<CoReportedPair[]> => {
    const stored = await readStoredCoReported(neo);
    expect(stored).toEqual(await computeCoReported(neo));
    const marks = await neo.run("MATCH (m:Meta {id: 'co_reported'}) RETURN m.stale AS stale");
    expect(marks).toEqual([{ stale: false }]);
    return stored;
  };
  const seedCopy = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-co-reported-'));
    dirs.push(dir);
    cpSync(SEEDS, dir, { recursive: true });
    return dir;
  };

  it('equal the aggregation over every claim after loading the seeds', async () => {
    await loadSeeds(neo.get(), ROOT, { force: true });
    const stored = await expectExact();
    expect(stored.length).toBeGreaterThan(10);
  });

  it('stay exact when an article gains claims and when a new version drops some (its actors are refreshed)', async () => {
    const dir = seedCopy();
    await loadPaths(neo.get(), [dir]);
    const first = await expectExact();
    const original = readFileSync(path.join(dir, HORRYA), 'utf8');

    writeFileSync(path.join(dir, HORRYA), `${original}\n${RELAYED}\n`);
    neo.roundTrips.length = 0;
    expect((await loadPaths(neo.get(), [dir])).summary).toMatchObject({ loaded: 1, unchanged: 4 });
    expect(neo.roundTrips).toContain('refreshCoReported');
    expect(neo.roundTrips).not.toContain('refreshCoReportedAll');
    const gained = await expectExact();
    expect(gained).not.toEqual(first);

    // The outlet cuts the story to its first two paragraphs: the sources of the others drop out.
    writeFileSync(path.join(dir, HORRYA), original.split('\n').slice(0, 2).join('\n'));
    expect((await loadPaths(neo.get(), [dir])).summary).toMatchObject({ loaded: 1, unchanged: 4 });
    const cut = await expectExact();
    expect(cut).not.toEqual(gained);
    const [orphans] = await neo.run("RETURN COUNT { (e:Actor {origin: 'pattern'}) WHERE NOT (e)--() } AS n");
    expect(orphans?.n).toBe(0);
  });

  it('stay exact after ingestArticle through GraphQL, first a new article, then a new version of it', async () => {
    await loadSeeds(neo.get(), ROOT, { force: true });
    const seeded = await expectExact();
    const api = createTestApi(() => neo.get(), { ingest: (input) => createIngestFunction(neo.get(), api.config)(input) });
    try {
      const text = `${RELAYED}\n${readFileSync(path.join(SEEDS, HORRYA), 'utf8')}`;
      const input = { text, url: 'https://example.org/relayed', outlet: 'enab-baladi' };
      const first = await api.run(INGEST, { input }, { authenticated: true });
      expect(first.errors).toBeUndefined();
      expect(first.data?.ingestArticle).toMatchObject({ changed: true });
      const ingested = await expectExact();
      expect(ingested).not.toEqual(seeded);

      const shorter = await api.run(INGEST, { input: { ...input, text: text.split('\n').slice(0, 3).join('\n') } }, { authenticated: true });
      expect(shorter.errors).toBeUndefined();
      expect(shorter.data?.ingestArticle).toMatchObject({ changed: true });
      expect(await expectExact()).not.toEqual(ingested);
    } finally {
      await api.stop();
    }
  });

  it('are all refreshed by the next load, even one that writes nothing, when a load stopped before its refresh', async () => {
    await loadSeeds(neo.get(), ROOT, { force: true });
    const exact = await expectExact();
    // What a load killed after its batches and before its refresh leaves: wrong relationships, the mark set.
    await neo.run(`MATCH ()-[r:CO_REPORTED]->() WITH r LIMIT 5 DELETE r`);
    await neo.run(`MATCH (a:Actor {id: 'sohr'}), (b:Actor {id: 'usa'}) MERGE (b)-[:CO_REPORTED {weight: 99, evidence: []}]->(a)`);
    await neo.run(`MATCH (m:Meta {id: 'co_reported'}) SET m.stale = true`);

    neo.roundTrips.length = 0;
    expect((await loadPaths(neo.get(), [SEEDS])).summary).toMatchObject({ loaded: 0, unchanged: 5 });
    expect(neo.roundTrips).toContain('refreshCoReportedAll');
    expect(await expectExact()).toEqual(exact);

    // With the mark cleared, a load that writes nothing leaves them alone.
    neo.roundTrips.length = 0;
    await loadPaths(neo.get(), [SEEDS]);
    expect(neo.roundTrips.filter((k) => k.startsWith('refreshCoReported'))).toEqual([]);
  });
});
