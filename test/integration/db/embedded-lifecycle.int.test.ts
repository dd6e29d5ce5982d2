import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { createDb } from '../../../src/db/create-driver.ts';
import { getEmbeddedStatus } from '../../../src/db/embedded/embedded-status.ts';
import { isProcessAlive } from '../../../src/db/embedded/embedded-state.ts';
import { startEmbeddedNeo4j } from '../../../src/db/embedded/start-embedded-neo4j.ts';
import { stopEmbeddedNeo4j } from '../../../src/db/embedded/stop-embedded-neo4j.ts';

// A second embedded database in a throw-away folder: start detached, reuse, stop, restart, data kept.
describe.skipIf(process.env.NEO4J_URI)('the embedded Neo4j', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-embedded-'));
  const config = loadConfig({ KG_DATA_DIR: dataDir, KG_NEO4J_PORT: '0', KG_NEO4J_HEAP: '512m', KG_NEO4J_PAGECACHE: '64m' });
  afterAll(async () => {
    await stopEmbeddedNeo4j(config.projectRoot, config.embedded);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const count = async (uri: string, write: boolean): Promise<number> => {
    const db = createDb({ uri, user: 'neo4j', password: '' });
    try {
      if (write) await db.driver.executeQuery('CREATE (:Probe {at: timestamp()})');
      const { records } = await db.driver.executeQuery('MATCH (p:Probe) RETURN count(p) AS n');
      return records[0]?.get('n') as number;
    } finally {
      await db.driver.close();
    }
  };

  it('starts detached, is reused, stops with no JVM left, and keeps its data across restarts', async () => {
    const first = await startEmbeddedNeo4j({ projectRoot: config.projectRoot, config: config.embedded, mode: 'detached' });
    expect(first.reused).toBe(false);
    expect(await count(first.uri, true)).toBe(1);

    const again = await startEmbeddedNeo4j({ projectRoot: config.projectRoot, config: config.embedded, mode: 'detached' });
    expect(again).toMatchObject({ reused: true, pid: first.pid, uri: first.uri });
    const running = await getEmbeddedStatus(config.projectRoot, config.embedded);
    expect(running).toMatchObject({ state: 'running', answering: true });

    expect(await stopEmbeddedNeo4j(config.projectRoot, config.embedded)).toBe('stopped');
    expect(isProcessAlive(first.pid)).toBe(false);
    expect(await getEmbeddedStatus(config.projectRoot, config.embedded)).toMatchObject({ state: 'stopped' });

    const second = await startEmbeddedNeo4j({ projectRoot: config.projectRoot, config: config.embedded, mode: 'attached' });
    try {
      expect(second.reused).toBe(false);
      expect(await count(second.uri, true)).toBe(2);
    } finally {
      await second.stop();
    }
    expect(isProcessAlive(second.pid)).toBe(false);
  }, 240_000);
});
