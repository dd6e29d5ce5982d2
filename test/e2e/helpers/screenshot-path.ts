/**
 * Where the e2e tests write their screenshots: test-artifacts/e2e/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The screenshots folder. */
export const ARTIFACTS_DIR = resolve('test-artifacts', 'e2e');

/** Given a file name, returns its path in the screenshots folder (created when missing). */
export function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}
