import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.ts';

/** Runs `kg ...args` in this process and returns its exit code and what it wrote. */
async function kg(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await main(['node', 'kg', ...args]), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('kg: every option is checked before anything runs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each(['0', '-1', 'abc', '1.5', '10001', ''])('refuses --batch-size %j with BAD_OPTION and exit code 2 (no database started)', async (value) => {
    const { code, err } = await kg('load', 'nowhere', '--batch-size', value);
    expect(code).toBe(2);
    expect(err).toContain(`BAD_OPTION: --batch-size takes a whole number from 1 to 10000, not "${value}".`);
  });

  it('refuses a --lexicon that is not a folder, an unknown option and an unknown command with exit code 2', async () => {
    expect(await kg('extract', 'x.txt', '--lexicon', '/no/such/folder')).toMatchObject({ code: 2, err: expect.stringContaining('BAD_OPTION: --lexicon takes an existing folder') });
    expect(await kg('load', 'x.txt', '--batchsize', '5')).toMatchObject({ code: 2, err: expect.stringContaining("unknown option '--batchsize'") });
    expect(await kg('nope')).toMatchObject({ code: 2 });
  });

  it('prints its version with --version and -V', async () => {
    expect(await kg('--version')).toMatchObject({ code: 0, out: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    expect((await kg('-V')).code).toBe(0);
  });

  it('says in the help of every command that writes which database it uses', async () => {
    for (const command of [['load'], ['serve'], ['start'], ['db', 'reset']]) {
      const { out } = await kg(...command, '--help');
      expect(out, command.join(' ')).toMatch(/Database: the Neo4j at NEO4J_URI when it is set .*\sembedded Neo4j whose data is in KG_DATA_DIR/s);
    }
  });

  it('kg db status exits 3 when the embedded database is stopped', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-status-'));
    vi.stubEnv('KG_DATA_DIR', dataDir);
    vi.stubEnv('NEO4J_URI', '');
    try {
      expect(await kg('db', 'status')).toMatchObject({ code: 3, out: expect.stringMatching(/^stopped \(data in /) });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
