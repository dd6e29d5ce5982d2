/**
 * The e2e tests' browser: Debian's Chromium (/usr/bin/chromium) driven headless through playwright-core, with
 * a fresh profile, no background networking, and a log of every request any page of the context makes.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium; .ci/run installs it when test/e2e/.needs-chromium exists). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags from issue 7: headless, no sandbox (root in CI), and nothing that phones home. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  /** Every URL requested by any page of the context, in order (data: URLs included when Chromium reports them). */
  requests: string[];
  /** Uncaught exceptions of any page ("page error: ...") and failed responses ("HTTP 400: POST <url> <operation>"). */
  problems: string[];
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Given the browser's path, returns normally when it exists; else throws one line saying what to install, so that
 * a machine without Chromium fails the e2e suites (counted failed by test/reporters) with that line, not a
 * Playwright stack.
 */
export function assertChromium(path: string = CHROMIUM_PATH): void {
  if (!existsSync(path)) {
    const error = new Error(
      `CHROMIUM_MISSING: the e2e tests need Chromium at ${path}: install it with \`apt-get install chromium\` (.ci/run does).`,
    );
    error.stack = error.message;
    throw error;
  }
}

/** Given nothing, returns a running headless Chromium with a fresh --user-data-dir and a request log. */
export async function launchChromium(): Promise<TestBrowser> {
  assertChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'kg-e2e-chromium-'));
  // launchPersistentContext is Playwright's way to pass --user-data-dir (launch() refuses it in args).
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
  });
  // Pages under load answer slowly (Neo4j, several test runs at once): wait long before calling it a failure.
  context.setDefaultTimeout(120_000);
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', (page) =>
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`)),
  );
  context.on('response', (response) => {
    if (response.status() < 400) return;
    const request = response.request();
    const operation = (/"operationName":"(\w+)"/.exec(request.postData() ?? '') ?? [])[1] ?? '';
    problems.push(`HTTP ${response.status()}: ${request.method()} ${request.url()} ${operation}`.trim());
  });
  return {
    context,
    requests,
    problems,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Given a request log and the service's origin, returns the requests that went anywhere else. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
}
