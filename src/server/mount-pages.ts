/**
 * Public API: mounts the browser pages (the self-hosted playground at / and the explorer at /explore) on the
 * express app. Placeholder until issue 7: a plain page pointing at /graphql.
 */
import type { Express } from 'express';
import type { Config } from '../config/load-config.ts';

/** Given the express app and config, adds the page routes (none when the playground is turned off). */
export function mountPages(app: Express, config: Config): void {
  if (!config.server.playground) return;
  app.get('/', (_req, res) => {
    res.type('html').send('<!doctype html><meta charset="utf-8"><title>kg</title><p>GraphQL endpoint: <code>POST /graphql</code></p>');
  });
}
