import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { resolveEmbeddedPaths } from '../../../src/db/embedded/embedded-paths.ts';
import { clearEmbeddedState, isProcessAlive } from '../../../src/db/embedded/embedded-state.ts';
import { getEmbeddedStatus } from '../../../src/db/embedded/embedded-status.ts';
import { findLauncherProcess } from '../../../src/db/embedded/find-launcher-process.ts';
import { startEmbeddedNeo4j } from '../../../src/db/embedded/start-embedded-neo4j.ts';
import { stopEmbeddedNeo4j } from '../../../src/db/embedded/stop-embedded-neo4j.ts';

// Issue 15 items 3 and 12, on a throw-away data folder: who owns the embedded database, and no orphan JVM.
describe.skipIf(process.env.NEO4J_URI)('ownership of the embedded Neo4j', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-ownership-'));
  const config = loadConfig({
    KG_DATA_DIR: dataDir,
    KG_NEO4J_PORT: '0',
    KG_NEO4J_HEAP: '512m',
    KG_NEO4J_PAGECACHE: '64m',
  });
  const paths = resolveEmbeddedPaths(config.projectRoot, config.embedded.dataDir);
  const start = (mode: 'attached' | 'detached') =>
    startEmbeddedNeo4j({ projectRoot: config.projectRoot, config: config.embedded, mode });
  const statePid = (): number | null =>
    existsSync(paths.stateFile)
      ? (JSON.parse(readFileSync(paths.stateFile, 'utf8')) as { pid: number }).pid
      : null;
  afterAll(async () => {
    await stopEmbeddedNeo4j(config.projectRoot, config.embedded);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a kg start whose database was stopped under it leaves the database kg db start started since, and its state file, alone', async () => {
    const service = await start('attached'); // kg start
    expect(await stopEmbeddedNeo4j(config.projectRoot, config.embedded)).toBe('stopped'); // kg db stop
    const detached = await start('detached'); // KG_NEO4J_PORT=... kg db start
    expect(detached.reused).toBe(false);
    await service.stop(); // Ctrl-C on kg start
    expect(isProcessAlive(detached.pid)).toBe(true);
    expect(statePid()).toBe(detached.pid);
    expect(await getEmbeddedStatus(config.projectRoot, config.embedded)).toMatchObject({
      state: 'running',
      answering: true,
    });
  }, 240_000);

  it('a database no state file names gives STORE_LOCKED with a plain message, shows in kg db status, and kg db stop stops it', async () => {
    const orphan = findLauncherProcess(paths.home);
    expect(orphan).not.toBeNull();
    clearEmbeddedState(paths.stateFile); // what the old Ctrl-C did
    const error = await start('detached').then(
      () => null,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(error).toMatchObject({
      code: 'STORE_LOCKED',
      message: expect.stringContaining(`in use by process ${orphan}`),
    });
    expect(error?.message).not.toMatch(/\bat [\w.$]+\(|Exception/);
    expect(await getEmbeddedStatus(config.projectRoot, config.embedded)).toMatchObject({
      state: 'orphan',
      pid: orphan,
    });
    expect(await stopEmbeddedNeo4j(config.projectRoot, config.embedded)).toBe('stopped');
    expect(isProcessAlive(orphan ?? -1)).toBe(false);
  }, 120_000);

  it('two commands starting the database at once share one JVM, and none is left after both stop', async () => {
    const [a, b] = await Promise.all([start('attached'), start('attached')]);
    expect(a.pid).toBe(b.pid);
    expect([a.reused, b.reused].sort()).toEqual([false, true]);
    await Promise.all([a.stop(), b.stop()]);
    expect(isProcessAlive(a.pid)).toBe(false);
    expect(findLauncherProcess(paths.home)).toBeNull();
    expect(existsSync(paths.startLock)).toBe(false);
  }, 240_000);
});
