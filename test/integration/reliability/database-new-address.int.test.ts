import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { connectDatabase } from '../../../src/db/connect-database.ts';
import { readCypher } from '../../../src/db/run-cypher.ts';
import { startEmbeddedNeo4j } from '../../../src/db/embedded/start-embedded-neo4j.ts';
import { stopEmbeddedNeo4j } from '../../../src/db/embedded/stop-embedded-neo4j.ts';

// Issue 15 item 9: a service on the embedded database follows it to a new port, without a restart.
describe.skipIf(process.env.NEO4J_URI)('a service whose embedded database comes back on another port', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-new-address-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    KG_DATA_DIR: dataDir,
    KG_NEO4J_PORT: '0',
    KG_NEO4J_HEAP: '512m',
    KG_NEO4J_PAGECACHE: '64m',
  });
  const startDetached = () =>
    startEmbeddedNeo4j({ projectRoot: config.projectRoot, config: config.embedded, mode: 'detached' });
  afterAll(async () => {
    await stopEmbeddedNeo4j(config.projectRoot, config.embedded);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers again once kg db start has the database running on a new port', async () => {
    const first = await startDetached(); // kg db start
    const handle = await connectDatabase(config); // kg serve, reusing it
    try {
      expect(await readCypher(handle.db, 'countArticles')).toEqual([{ count: 0 }]);
      await stopEmbeddedNeo4j(config.projectRoot, config.embedded); // kg db stop
      const second = await startDetached(); // KG_NEO4J_PORT=0 kg db start
      expect(second.uri).not.toBe(first.uri);
      const deadline = Date.now() + 20_000;
      let answer: unknown = null;
      while (answer === null && Date.now() < deadline) {
        answer = await readCypher(handle.db, 'countArticles').catch(() => null);
        if (answer === null) await new Promise((r) => setTimeout(r, 500));
      }
      expect(answer).toEqual([{ count: 0 }]);
      expect(handle.db.uri).toBe(second.uri);
    } finally {
      await handle.close();
    }
  }, 300_000);
});
