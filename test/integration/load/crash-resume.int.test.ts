import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { generateArticles } from '../../../bench/generate-articles.ts';
import { loadPaths } from '../../../src/load/load-paths.ts';
import { readLexiconSources } from '../../../src/load/read-lexicon.ts';
import {
  computeAdversaryOf,
  computeCoReported,
  readStoredAdversaryOf,
  readStoredCoReported,
} from '../helpers/derived-reference.ts';
import { dumpGraph } from '../helpers/dump-graph.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const COUNT = 60;
const BATCH = 4;

describe('a load killed part-way', () => {
  const neo = new TestNeo4j();
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-crash-'));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await neo.close();
  });

  it('with SIGKILL, then run again, yields the same graph as one clean load', async () => {
    const sources = await readLexiconSources();
    for (const a of generateArticles(COUNT, 20261122, sources))
      writeFileSync(path.join(dir, path.basename(a.file)), a.text);
    await neo.reset();

    // `kg load` in its own process, killed without warning once some batches have committed.
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin/kg.js'), 'load', dir, '--batch-size', String(BATCH)],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NEO4J_URI: inject('neo4jUri'),
          NEO4J_USER: inject('neo4jUser'),
          NEO4J_PASSWORD: inject('neo4jPassword'),
        },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let loaded = 0;
    const deadline = Date.now() + 120_000;
    while (loaded < 3 * BATCH && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      loaded = Number((await neo.run('RETURN COUNT { (:Article) } AS n'))[0]?.n ?? 0);
    }
    child.kill('SIGKILL');
    await exited;
    const atKill = Number((await neo.run('RETURN COUNT { (:Article) } AS n'))[0]?.n ?? 0);
    expect(atKill).toBeGreaterThanOrEqual(3 * BATCH);
    expect(atKill).toBeLessThan(COUNT);
    // Batches are atomic: only whole batches were committed.
    expect(atKill % BATCH).toBe(0);
    // The derived relationships are refreshed at the end of a load: the killed one left them marked stale.
    expect(await neo.run("MATCH (m:Meta {id: 'derived'}) RETURN m.stale AS stale")).toEqual([
      { stale: true },
    ]);

    const resumed = await loadPaths(neo.get(), [dir], { batchSize: BATCH });
    expect(resumed.summary.unchanged).toBe(atKill);
    expect(resumed.summary.failed).toEqual([]);
    const afterResume = await dumpGraph(neo);
    const coReported = await readStoredCoReported(neo);
    expect(coReported.length).toBeGreaterThan(0);
    expect(coReported).toEqual(await computeCoReported(neo));
    const adversaryOf = await readStoredAdversaryOf(neo);
    expect(adversaryOf.length).toBeGreaterThan(0);
    expect(adversaryOf).toEqual(await computeAdversaryOf(neo));

    await neo.reset();
    const clean = await loadPaths(neo.get(), [dir], { batchSize: BATCH });
    expect(clean.summary.loaded).toBe(COUNT);
    const afterClean = await dumpGraph(neo);
    const only = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));
    expect({
      nodes: only(afterResume.nodes, afterClean.nodes),
      relationships: only(afterResume.relationships, afterClean.relationships),
    }).toEqual({
      nodes: only(afterClean.nodes, afterResume.nodes),
      relationships: only(afterClean.relationships, afterResume.relationships),
    });
    expect(afterResume).toEqual(afterClean);
    expect(afterClean.relationships.some((r) => r.includes('"CO_REPORTED"'))).toBe(true);
    expect(afterClean.relationships.some((r) => r.includes('"ADVERSARY_OF"'))).toBe(true);
  }, 600_000);
});
