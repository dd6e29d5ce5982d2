import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('PlainSummaryReporter', () => {
  it('counts the tests of a suite that failed in beforeAll, and a suite that failed in afterAll, as failed', () => {
    const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/fixtures/reporter/vitest.config.ts'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout.trim().split('\n').pop()).toBe('tests: 2 passed, 3 failed, 1 skipped (3 in suites that failed in a hook)');
  }, 90_000);
});
