import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPaths, getLoadContext } from '../../../src/load/load-paths.ts';
import { loadSeeds } from '../../../src/load/load-seeds.ts';
import { readInputs } from '../../../src/load/read/read-inputs.ts';
import { prepareArticle } from '../../../src/load/prepare-article.ts';
import { dumpGraph } from '../helpers/dump-graph.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SEEDS = path.join(ROOT, 'seeds', 'articles');

describe('loading the seed articles into the real Neo4j', () => {
  const neo = new TestNeo4j();
  beforeEach(() => neo.reset());
  afterAll(() => neo.close());

  it('writes exactly what the extractor read: articles, claims, incidents, outlets, mentions; plus the lexicon', async () => {
    const { inputs } = await readInputs([SEEDS]);
    const context = await getLoadContext();
    const extracted = inputs
      .map((i) => prepareArticle(i, context.lexicon))
      .flatMap((r) => (r.ok ? [r.article] : []));
    const expectedClaims = extracted.reduce((n, a) => n + a.extracted.claims.length, 0);
    const expectedIncidents = new Set(extracted.flatMap((a) => a.extracted.incidents.map((i) => i.id))).size;

    const result = await loadSeeds(neo.get(), ROOT);
    expect(result?.problems).toEqual([]);
    expect(result?.summary).toMatchObject({ read: 5, loaded: 5, unchanged: 0, failed: [] });

    const [counts] = await neo.run(`
      RETURN COUNT { (:Article) } AS articles, COUNT { (:Claim) } AS claims, COUNT { (:IncidentReport) } AS reports,
             COUNT { (:IncidentReport)-[:REPORT_OF]->(:Incident) } AS resolved, COUNT { (:Incident) } AS incidents,
             COUNT { (:Actor {origin: 'lexicon'}) } AS lexiconActors, COUNT { (:Location {origin: 'lexicon'}) } AS lexiconPlaces,
             COUNT { (:Article)-[:PUBLISHED_BY]->(:Actor {kind: 'MEDIA'}) } AS published,
             COUNT { (c:Claim) WHERE NOT (:Article)-[:CONTAINS]->(c) } AS strayClaims,
             COUNT { (i:Incident) WHERE NOT (:Claim)-[:ABOUT]->(i) } AS unclaimedIncidents`);
    expect(counts).toMatchObject({ articles: 5, claims: expectedClaims, strayClaims: 0 });
    expect(expectedClaims).toBeGreaterThan(20);
    // Every extracted incident is a report of its article, and each report is part of exactly one incident.
    expect(counts?.reports).toBe(expectedIncidents);
    expect(counts?.resolved).toBe(expectedIncidents);
    expect(counts?.incidents).toBeLessThanOrEqual(expectedIncidents);
    expect(counts?.lexiconActors).toBe(context.sources.actors.length + context.sources.anonymous.length);
    expect(counts?.lexiconPlaces).toBe(context.sources.locations.length);
    // Three seeds name their outlet (index.json and the texts); each is linked to it.
    expect(counts?.published).toBeGreaterThanOrEqual(3);

    const [step] = await neo.run(
      `MATCH (a:Article)-[:PUBLISHED_BY]->(o:Actor {id: 'step-news'}) RETURN count(a) AS n`,
    );
    expect(step?.n).toBe(2);
    const [chain] = await neo.run(
      `
      MATCH (l:Location {id: $id})-[:PART_OF*]->(top:Location) WHERE NOT (top)-[:PART_OF]->() RETURN top.id AS top`,
      { id: 'baghouz' },
    );
    expect(chain?.top).toBe('syria');
  });

  it('is idempotent: a second load reports everything unchanged and leaves the graph exactly as it was', async () => {
    await loadPaths(neo.get(), [SEEDS]);
    const before = await dumpGraph(neo);
    const again = await loadPaths(neo.get(), [SEEDS]);
    expect(again.summary).toMatchObject({ loaded: 0, unchanged: 5 });
    expect(again.summary.stats).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0 });
    expect(await dumpGraph(neo)).toEqual(before);
    expect(await loadSeeds(neo.get(), ROOT)).toBeNull();
  });

  describe('an edited article', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'kg-edit-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('replaces its own claims and mentions and leaves no orphans', async () => {
      cpSync(path.join(SEEDS, '003_aa1635b997829f31.txt'), path.join(dir, 'story.txt'));
      await loadPaths(neo.get(), [dir]);
      const oldClaims = await neo.run(
        'MATCH (:Article)-[:CONTAINS]->(c:Claim) RETURN c.id AS id, c.text AS text',
      );
      expect(oldClaims.length).toBeGreaterThan(2);

      // The outlet corrects the story: a new first paragraph, the rest as before.
      const edited = `غارات جوية على مدينة البوكمال.\n\nقال ناشطون إن طائرات حربية قصفت حي الجمعيات في مدينة البوكمال صباح اليوم، ما أدى إلى مقتل سبعة مدنيين.\n\n${readFileSync(path.join(dir, 'story.txt'), 'utf8')}`;
      writeFileSync(path.join(dir, 'story.txt'), edited);
      const second = await loadPaths(neo.get(), [dir]);
      expect(second.summary).toMatchObject({ loaded: 1, unchanged: 0 });

      const [articles] = await neo.run('RETURN COUNT { (:Article) } AS n');
      expect(articles?.n).toBe(1);
      const newClaims = await neo.run(
        'MATCH (:Article)-[:CONTAINS]->(c:Claim) RETURN c.id AS id, c.text AS text',
      );
      expect(newClaims.some((c) => String(c.text).includes('سبعة مدنيين'))).toBe(true);
      // Exactly what the new version yields: no claim, incident or found actor of the old one is left behind.
      const { inputs } = await readInputs([dir]);
      const fresh = prepareArticle(inputs[0]!, (await getLoadContext()).lexicon);
      if (!fresh.ok) throw new Error(fresh.message);
      const ids = async (q: string) => (await neo.run(q)).map((r) => String(r.id)).sort();
      expect(await ids('MATCH (c:Claim) RETURN c.id AS id')).toEqual(
        fresh.article.extracted.claims.map((c) => c.id).sort(),
      );
      expect(await ids('MATCH (i:Incident) RETURN i.id AS id')).toEqual(
        [...new Set(fresh.article.extracted.incidents.map((i) => i.id))].sort(),
      );
      const [orphans] = await neo.run(`
        RETURN COUNT { (c:Claim) WHERE NOT (:Article)-[:CONTAINS]->(c) } AS claims,
               COUNT { (e:Actor {origin: 'pattern'}) WHERE NOT (e)--() } AS actors`);
      expect(orphans).toEqual({ claims: 0, actors: 0 });
      // No claim of the old version survives unless the same sentence is still in the text.
      for (const old of oldClaims) expect(edited).toContain(String(old.text));
    });
  });
});
