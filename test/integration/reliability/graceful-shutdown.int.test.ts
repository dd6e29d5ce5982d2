import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isProcessAlive } from '../../../src/db/embedded/embedded-state.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

// `kg serve` with its own embedded Neo4j: SIGTERM while a request is in flight drains it, closes the driver,
// stops the database (no JVM left) and exits 0.
describe.skipIf(process.env.NEO4J_URI)('SIGTERM', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('drains in-flight requests, stops the embedded database and exits 0', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/kg.js'), 'serve'], {
      cwd: ROOT,
      env: { ...process.env, KG_DATA_DIR: dataDir, KG_NEO4J_PORT: '0', PORT: '0', KG_NEO4J_HEAP: '512m', KG_NEO4J_PAGECACHE: '64m', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    const deadline = Date.now() + 180_000;
    let url: string | undefined;
    while (!url && Date.now() < deadline) {
      url = /GraphQL ready at (http:\/\/[^/]+)\/graphql/.exec(output)?.[1];
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(url, output).toBeDefined();
    const pid = Number(/Embedded Neo4j ready at \S+ \(pid (\d+)\)/.exec(output)?.[1]);
    expect(isProcessAlive(pid)).toBe(true);

    const inFlight = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { database } }' }),
    });
    await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await exited).toBe(0);
    expect(output).toMatch(/Stopped cleanly/);
    expect(isProcessAlive(pid)).toBe(false);
  }, 300_000);
});
