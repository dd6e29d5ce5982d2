import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPaths } from '../../../src/load/load-paths.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

// Three outlets on one strike (different figures, one denial), loaded in two separate runs, and a strike on the
// same town two weeks later. Written for this test; not seed text.
const REPORTS: Record<string, { meta: Record<string, string>; text: string }> = {
  'a/enab.txt': {
    meta: { outlet: 'enab-baladi', publishedAt: '2019-03-11' },
    text: 'غارات على الشعفة\n\nقال ناشطون إن طائرات التحالف الدولي شنت غارات جوية على بلدة الشعفة في ريف دير الزور الشرقي يوم أمس الأحد، ما أدى إلى مقتل 12 مدنياً بينهم أطفال.',
  },
  'a/smart.txt': {
    meta: { outlet: 'smart-news', publishedAt: '2019-03-11' },
    text: 'قتلى مدنيون في الشعفة\n\nأفادت مصادر محلية بمقتل 15 مدنياً جراء غارات جوية للتحالف الدولي استهدفت بلدة الشعفة يوم أمس الأحد.',
  },
  'b/sana.txt': {
    meta: { outlet: 'sana', publishedAt: '2019-03-12' },
    text: 'التحالف ينفي\n\nنفى التحالف الدولي أن تكون غاراته على بلدة الشعفة يوم الأحد الماضي قد أدت إلى مقتل مدنيين، وقال إنه استهدف مواقع لتنظيم داعش.',
  },
  'c/later.txt': {
    meta: { outlet: 'enab-baladi', publishedAt: '2019-03-26' },
    text: 'غارة جديدة\n\nقال ناشطون إن طائرات التحالف الدولي شنت غارة جوية على بلدة الشعفة اليوم الثلاثاء، ما أدى إلى مقتل ثلاثة مدنيين.',
  },
};

describe('one incident across articles and loads', () => {
  const neo = new TestNeo4j();
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-cross-'));
  for (const [rel, { meta, text }] of Object.entries(REPORTS)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
    writeFileSync(path.join(dir, rel.replace('.txt', '.meta.json')), JSON.stringify(meta));
  }
  beforeEach(() => neo.reset());
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await neo.close();
  });

  it('joins three outlets reporting one strike into one incident, with every claim, and keeps a later strike apart', async () => {
    await loadPaths(neo.get(), [path.join(dir, 'a')]);
    await loadPaths(neo.get(), [path.join(dir, 'b')]);
    await loadPaths(neo.get(), [path.join(dir, 'c')]);
    const incidents = await neo.run(`
      MATCH (i:Incident)-[:OCCURRED_IN]->(:Location {id: 'shaafa'})
      OPTIONAL MATCH (c:Claim)-[:ABOUT]->(i)
      OPTIONAL MATCH (i)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(o:Actor)
      RETURN i.id AS id, i.date AS date, i.mergeReasons AS reasons, collect(DISTINCT o.id) AS outlets,
             collect(DISTINCT c.stance) AS stances, collect(DISTINCT c.killed) AS killed
      ORDER BY date`);
    expect(incidents).toHaveLength(2);
    const [first, later] = incidents;
    expect(first).toMatchObject({ date: '2019-03-10' });
    expect([...(first?.outlets as string[])].sort()).toEqual(['enab-baladi', 'sana', 'smart-news']);
    expect(first?.stances).toEqual(expect.arrayContaining(['assert', 'deny']));
    expect(first?.killed).toEqual(expect.arrayContaining([12, 15]));
    expect((first?.reasons as string[]).length).toBeGreaterThan(0);
    expect(later).toMatchObject({ date: '2019-03-26', outlets: ['enab-baladi'] });
  });
});
