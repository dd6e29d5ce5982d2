#!/usr/bin/env node
// Builds the browser pages (the GraphiQL playground and the explorer) from src/server/pages/ into
// src/server/static/ with esbuild: every script, stylesheet and font comes from npm packages and is served by
// the service itself, so the pages work on a closed network. `npm install` runs it (postinstall) and the
// service runs it when the output is missing or older than its sources (src/server/mount-pages.ts).
// Skips quietly when the page sources are not there yet (the Docker image installs before copying src/).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pages = join(root, 'src', 'server', 'pages');
const target = join(root, 'src', 'server', 'static');
// Built in .data/ (git- and lint-ignored, same disk) and swapped in at the end, so a running service never
// serves a half-written folder.
const out = join(root, '.data', `pages-build-${process.pid}`);
const PAGES = ['playground', 'explorer'];

if (!existsSync(pages)) {
  console.log('kg: no src/server/pages yet; the pages will be built when the service starts.');
  process.exit(0);
}

const started = Date.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// Each page: <page>/<page>.js from main.ts and <page>/<page>.css from <page>.css.
const entryPoints = PAGES.flatMap((page) => [
  { in: join(pages, page, 'main.ts'), out: `${page}/${page}` },
  { in: join(pages, page, `${page}.css`), out: `${page}/${page}` },
]);
try {
  await build({
    entryPoints,
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    // Fonts and images referenced from CSS are copied next to the bundles and served from /static.
    loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file', '.png': 'file', '.svg': 'file' },
    assetNames: 'assets/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
} catch (error) {
  console.error(`kg: building the pages failed: ${error instanceof Error ? error.message : String(error)}`);
  rmSync(out, { recursive: true, force: true });
  process.exit(1);
}
for (const page of PAGES) copyFileSync(join(pages, page, 'index.html'), join(out, page, 'index.html'));
// Written last: the service treats a build without it as missing.
writeFileSync(join(out, '.complete'), `${new Date().toISOString()}\n`);
const old = join(root, '.data', `pages-old-${process.pid}`);
if (existsSync(target)) renameSync(target, old);
renameSync(out, target);
rmSync(old, { recursive: true, force: true });
console.log(`kg: built the playground and explorer pages into src/server/static/ in ${Date.now() - started} ms.`);
