/**
 * Public API: mounts the browser pages on the express app: the self-hosted GraphiQL playground at / (and on a
 * browser's GET /graphql) and the explorer at /explore, with their bundles under /static. Both pages are built
 * from npm packages by scripts/build-pages.mjs and get their data only from the public /graphql endpoint; a
 * Content-Security-Policy of 'self' keeps every request they make on this service.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express, type Request, type Response } from 'express';
import type { Config } from '../config/load-config.ts';

const here = dirname(fileURLToPath(import.meta.url));
const STATIC_DIR = join(here, 'static');
const PAGES_DIR = join(here, 'pages');
const BUILD_SCRIPT = join(here, '..', '..', 'scripts', 'build-pages.mjs');
const BUILD_MARKER = join(STATIC_DIR, '.complete');

// Inline styles only because React and GraphiQL set style attributes; fonts may be inlined data URLs.
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** Given the express app and config, adds the page routes (none when `config.server.playground` is off). */
export function mountPages(app: Express, config: Config): void {
  if (!config.server.playground) return;
  const built = ensurePagesBuilt();
  const sendPage = (page: 'playground' | 'explorer') => (_req: Request, res: Response) => {
    res.set('Content-Security-Policy', PAGE_CSP).set('Cache-Control', 'no-cache');
    if (!built) {
      res.status(503).type('html').send(NOT_BUILT_PAGE);
      return;
    }
    res.sendFile(join(STATIC_DIR, page, 'index.html'));
  };
  app.use('/static', express.static(STATIC_DIR, { index: false, dotfiles: 'ignore', maxAge: '1h' }));
  app.get('/', sendPage('playground'));
  app.get('/explore', sendPage('explorer'));
  // A browser opening /graphql gets the playground; API clients (POST, GET with ?query=) go on to Apollo.
  const playground = sendPage('playground');
  app.get('/graphql', (req, res, next) => {
    if (req.query['query'] === undefined && req.accepts(['json', 'html']) === 'html') playground(req, res);
    else next();
  });
}

const NOT_BUILT_PAGE =
  '<!doctype html><meta charset="utf-8"><title>kg</title><p>The playground and explorer are not built: run ' +
  '<code>node scripts/build-pages.mjs</code>. The API answers at <code>POST /graphql</code>.</p>';

/**
 * Given nothing, returns whether the pages' build output is usable, building it first (synchronously, about a
 * second) when it is missing or older than a page source, so `kg serve` and `npm start` always serve fresh pages.
 */
function ensurePagesBuilt(): boolean {
  if (!existsSync(PAGES_DIR)) return existsSync(BUILD_MARKER);
  if (existsSync(BUILD_MARKER) && newestMtime(PAGES_DIR) <= statSync(BUILD_MARKER).mtimeMs) return true;
  const result = spawnSync(process.execPath, [BUILD_SCRIPT], { stdio: ['ignore', 'ignore', 'inherit'] });
  return result.status === 0 && existsSync(BUILD_MARKER);
}

/** Given a folder, returns the newest modification time (ms) of any file under it. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
