/**
 * The graph is a function of the set of articles: the dev set (../shared/eval/dev/articles, when present) plus a
 * generated corpus of 320 articles whose stories are told by one to five outlets over up to three days, loaded in
 * sorted order with batches of 50, in reverse order with batches of 7, in sorted order with batches of 1, and by
 * three loaders at once on a fresh database, gives one canonical dump (bookkeeping `Meta` nodes and load times
 * left out). Every report ends resolved.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../bench/generate-corpus.ts';
import { loadInputs } from '../../../src/load/load-paths.ts';
import { readLexiconSources } from '../../../src/load/read-lexicon.ts';
import { readInputs, type LoadInput } from '../../../src/load/read/read-inputs.ts';
import { dumpGraph } from '../helpers/dump-graph.ts';
import { TestNeo4j } from '../helpers/test-neo4j.ts';

const DEV = path.resolve(import.meta.dirname, '../../../../shared/eval/dev/articles');
const TIMEOUT = 900_000;

describe('the graph is a function of the set of articles', () => {
  const neo = new TestNeo4j();
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-order-'));
  let inputs: LoadInput[] = [];

  beforeAll(async () => {
    writeCorpus(generateCorpus(320, 7, await readLexiconSources()), path.join(dir, 'generated'), 100);
    const paths = [path.join(dir, 'generated'), ...(existsSync(DEV) ? [DEV] : [])];
    inputs = (await readInputs(paths)).inputs;
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await neo.close();
  });

  async function dumpAfter(
    load: () => Promise<unknown>,
  ): Promise<{ nodes: string[]; relationships: string[] }> {
    await neo.reset();
    await load();
    const [pending] = await neo.run('MATCH (r:IncidentReport) WHERE r.pending RETURN count(r) AS n');
    expect(Number(pending?.n)).toBe(0);
    const dump = await dumpGraph(neo);
    return { nodes: dump.nodes.filter((n) => !n.includes('"Meta"')), relationships: dump.relationships };
  }

  it(
    'is the same after any order, batch size, or three loaders in parallel',
    { timeout: TIMEOUT },
    async () => {
      expect(inputs.length).toBeGreaterThanOrEqual(320);
      const reference = await dumpAfter(() => loadInputs(neo.get(), inputs, { batchSize: 50 }));
      const joined = reference.nodes.filter(
        (n) => n.includes('"Incident"') && /"mergedFrom":\["[^"]+","/.test(n),
      );
      expect(joined.length).toBeGreaterThan(50);

      const reverse = await dumpAfter(() => loadInputs(neo.get(), [...inputs].reverse(), { batchSize: 7 }));
      expect(reverse).toEqual(reference);

      const single = await dumpAfter(() => loadInputs(neo.get(), inputs, { batchSize: 1 }));
      expect(single).toEqual(reference);

      // Three loaders on a fresh database (schema applied, nothing else), each on every third article.
      const thirds = [0, 1, 2].map((k) => inputs.filter((_, i) => i % 3 === k));
      const parallel = await dumpAfter(() =>
        Promise.all(thirds.map((part) => loadInputs(neo.get(), part, { batchSize: 7 }))),
      );
      expect(parallel).toEqual(reference);
    },
  );
});
