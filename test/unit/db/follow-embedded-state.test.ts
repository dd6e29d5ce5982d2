import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeEmbeddedState } from '../../../src/db/embedded/embedded-state.ts';
import { followEmbeddedState } from '../../../src/db/embedded/follow-embedded-state.ts';

// Drivers connect lazily: nothing here opens a connection.
describe('followEmbeddedState', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-follow-'));
  const stateFile = path.join(dir, 'kg-neo4j.state.json');
  afterEach(() => rmSync(stateFile, { force: true }));
  const state = (port: number) => ({
    pid: process.pid,
    port,
    uri: `bolt://127.0.0.1:${port}`,
    mode: 'detached' as const,
    startedAt: new Date().toISOString(),
  });

  it('switches to the address the state file names when the database comes back elsewhere, and keeps it when the file goes', async () => {
    writeEmbeddedState(stateFile, state(7801));
    const following = followEmbeddedState(
      { uri: 'bolt://127.0.0.1:7801', user: 'neo4j', password: '' },
      stateFile,
      20,
    );
    try {
      const firstDriver = following.db.driver;
      writeEmbeddedState(stateFile, state(7802));
      await new Promise((r) => setTimeout(r, 100));
      expect(following.db.uri).toBe('bolt://127.0.0.1:7802');
      expect(following.db.driver).not.toBe(firstDriver);
      rmSync(stateFile);
      await new Promise((r) => setTimeout(r, 100));
      expect(following.db.uri).toBe('bolt://127.0.0.1:7802');
    } finally {
      await following.close();
    }
  });
});
