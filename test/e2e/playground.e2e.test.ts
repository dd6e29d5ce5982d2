import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestNeo4j } from '../integration/helpers/test-neo4j.ts';
import {
  foreignRequests,
  assertChromium,
  launchChromium,
  type TestBrowser,
} from './helpers/launch-chromium.ts';
import { loadSeedGraph } from './helpers/load-seed-graph.ts';
import { screenshotPath } from './helpers/screenshot-path.ts';
import { startTestService, type TestService } from '../integration/helpers/start-test-service.ts';

// Each test drives a real browser against a real Neo4j; on a busy machine a single query can take seconds.
const TEST_TIMEOUT_MS = 240_000;

// The request guard (src/graphql/limits) refuses GraphiQL's introspection query as too complex (QUERY_TOO_COMPLEX,
// complexity ~50 000 > 5 000), so the documentation explorer stays empty. Tolerated below until that is fixed.

describe('the self-hosted GraphQL playground, over the seed articles', () => {
  const neo = new TestNeo4j();
  let service: TestService;
  let browser: TestBrowser;

  beforeAll(async () => {
    assertChromium();
    await loadSeedGraph(neo);
    service = await startTestService(neo.get());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await neo.close();
  }, TEST_TIMEOUT_MS);

  it(
    'opens at / on the three journeys, runs the actor-network example and shows the actor',
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${service.origin}/`);
      await page.waitForSelector('.graphiql-container');
      const tabs = await page.locator('.graphiql-tab').allTextContents();
      expect(tabs.join(' ')).toMatch(/ActorNetwork.*IncidentProvenance.*CompareOutlets/);
      await page.locator('.graphiql-execute-button').click();
      await page.waitForFunction(() =>
        document.querySelector('.result-window')?.textContent?.includes('Syrian Democratic Forces'),
      );
      const result = await page.locator('.result-window').textContent();
      expect(result).toContain('"id": "sdf"');
      expect(result).not.toContain('"errors"');
      await page.screenshot({ path: screenshotPath('playground.png') });

      expect(browser.requests.some((url) => url === `${service.origin}/graphql`)).toBe(true);
      expect(foreignRequests(browser.requests, service.origin)).toEqual([]);
      expect(browser.problems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'shows the documentation explorer built from the schema (introspection through /graphql)',
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${service.origin}/`);
      await page
        .locator('.graphiql-doc-explorer')
        .getByText('Query', { exact: true })
        .first()
        .waitFor({ timeout: 30_000 });
      await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
      await page
        .locator('.graphiql-doc-explorer')
        .getByText('actorNetwork', { exact: true })
        .first()
        .waitFor();
      await page.screenshot({ path: screenshotPath('playground-docs.png') });
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'also answers a browser that opens GET /graphql, while API clients still reach Apollo',
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${service.origin}/graphql`);
      await page.waitForSelector('.graphiql-container');
      await page.close();
      const api = await fetch(`${service.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { database } }' }),
      });
      expect(await api.json()).toEqual({ data: { health: { database: 'up' } } });
      expect(foreignRequests(browser.requests, service.origin)).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'is off when the playground option is off (production default)',
    async () => {
      // KG_PLAYGROUND empty = unset, so production's default applies.
      const off = await startTestService(neo.get(), { env: { NODE_ENV: 'production', KG_PLAYGROUND: '' } });
      try {
        for (const path of ['/', '/explore', '/static/playground/playground.js']) {
          expect((await fetch(`${off.origin}${path}`, { headers: { accept: 'text/html' } })).status).toBe(
            404,
          );
        }
      } finally {
        await off.stop();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
