import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestNeo4j } from '../integration/helpers/test-neo4j.ts';
import { createFixtureGraph } from './helpers/create-fixture-graph.ts';
import { drawnNodeCount } from './helpers/drawn-node-count.ts';
import type { ExplorerWindow } from './helpers/explorer-window.ts';
import {
  foreignRequests,
  assertChromium,
  launchChromium,
  type TestBrowser,
} from './helpers/launch-chromium.ts';
import { screenshotPath } from './helpers/screenshot-path.ts';
import { startTestService, type TestService } from '../integration/helpers/start-test-service.ts';

// Each test drives a real browser against a real Neo4j; on a busy machine a single query can take seconds.
const TEST_TIMEOUT_MS = 240_000;

// Exact marks on a small hand-written graph (docs/graph-model.md): figures on edges, the denial, relay chains.
describe('the explorer page, over a fixture graph', () => {
  const neo = new TestNeo4j();
  let service: TestService;
  let browser: TestBrowser;
  let ids: Awaited<ReturnType<typeof createFixtureGraph>>;

  beforeAll(async () => {
    assertChromium();
    await neo.reset();
    ids = await createFixtureGraph(neo);
    service = await startTestService(neo.get());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await neo.close();
  }, TEST_TIMEOUT_MS);

  it(
    "draws an incident's provenance: claims, sources, relays and outlets, figures on edges, the denial marked",
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${service.origin}/explore`);
      await page.waitForSelector(`#incident-select option[value="${ids.incidentId}"]`, { state: 'attached' });
      await page.selectOption('#incident-select', ids.incidentId);
      // incident + 3 claims + activists, AFP, Step, SOHR, Hurriya, coalition
      expect(await drawnNodeCount(page, '#provenance-graph', '#provenance-status')).toBe(10);
      const details = (await page.locator('#provenance-details').textContent()) ?? '';
      expect(details).toContain('Reported by:');
      expect(details).toContain('Step News Agency');
      expect(details).toContain('Hurriya Press');
      expect(details).toContain('DENIAL');
      expect(details).toContain('over 30 killed');
      const edgeLabels = await page.evaluate(() =>
        (window as unknown as ExplorerWindow).kgExplorer.provenance
          .edges()
          .map((e) => String(e.data('label'))),
      );
      expect(edgeLabels).toContain('23 killed (civilians)');
      expect(edgeLabels).toContain('over 30 killed');
      const denial = await page.evaluate(() => {
        const cy = (window as unknown as ExplorerWindow).kgExplorer.provenance;
        return {
          claims: cy.nodes('.stance-deny').map((n) => n.data('claimId') as string),
          edges: cy.edges('.deny').length,
        };
      });
      expect(denial).toEqual({ claims: ['claim-hurriya-2'], edges: 3 });
      await page
        .locator('#provenance-section')
        .screenshot({ path: screenshotPath('explorer-fixture-provenance.png') });
      expect(foreignRequests(browser.requests, service.origin)).toEqual([]);
      expect(browser.problems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );
});
