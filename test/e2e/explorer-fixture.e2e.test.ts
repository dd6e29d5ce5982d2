import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { TestNeo4j } from '../integration/helpers/test-neo4j.ts';
import { createFixtureGraph } from './helpers/create-fixture-graph.ts';
import { foreignRequests, launchChromium, type TestBrowser } from './helpers/launch-chromium.ts';
import { screenshotPath } from './helpers/screenshot-path.ts';
import { startTestService, type TestService } from './helpers/start-test-service.ts';

/** What explorer/main.ts puts on window for the console and these tests. */
type ExplorerWindow = { kgExplorer: { network: Core; provenance: Core } };

/** Given a page and a graph container selector, returns its node count once its layout has finished. */
async function drawnNodeCount(page: Page, selector: string): Promise<number> {
  await page.waitForSelector(`${selector}[data-ready="true"]`);
  return Number(await page.locator(selector).getAttribute('data-node-count'));
}

describe('the explorer page', () => {
  const neo = new TestNeo4j();
  let service: TestService;
  let browser: TestBrowser;
  let ids: Awaited<ReturnType<typeof createFixtureGraph>>;

  beforeAll(async () => {
    await neo.reset();
    ids = await createFixtureGraph(neo);
    service = await startTestService(neo.get());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await neo.close();
  });

  it("draws an actor's network from a typed name, and expands a node when it is clicked", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${service.origin}/explore`);
    await page.fill('#actor-input', 'قسد');
    await page.selectOption('#actor-depth', '1');
    await page.click('#actor-form button[type="submit"]');
    const before = await drawnNodeCount(page, '#network-graph');
    expect(before).toBeGreaterThanOrEqual(5);
    await expect.poll(() => page.locator('#network-details').textContent()).toContain('Syrian Democratic Forces');
    expect(await page.locator('#network-details bdi[dir="rtl"]').first().textContent()).toBe('قوات سوريا الديمقراطية');
    await page.locator('#network-section').screenshot({ path: screenshotPath('explorer-network.png') });

    // Click the coalition's node where cytoscape drew it; its own neighbours join the graph.
    const point = await page.evaluate(() => {
      const cy = (window as unknown as ExplorerWindow).kgExplorer.network;
      const box = cy.container()!.getBoundingClientRect();
      const position = cy.getElementById('international-coalition').renderedPosition();
      return { x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('#network-status').textContent()).toContain('Expanded');
    const after = await drawnNodeCount(page, '#network-graph');
    expect(after).toBeGreaterThan(before);
    await page.locator('#network-section').screenshot({ path: screenshotPath('explorer-network-expanded.png') });
    expect(foreignRequests(browser.requests, service.origin)).toEqual([]);
    await page.close();
  });

  it("draws an incident's provenance: claims, sources, relays and outlets, figures on edges, the denial marked", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${service.origin}/explore`);
    await page.waitForSelector(`#incident-select option[value="${ids.incidentId}"]`, { state: 'attached' });
    await page.selectOption('#incident-select', ids.incidentId);
    // incident + 3 claims + activists, AFP, Step, SOHR, Hurriya, coalition
    expect(await drawnNodeCount(page, '#provenance-graph')).toBe(10);
    const details = (await page.locator('#provenance-details').textContent()) ?? '';
    expect(details).toContain('Reported by:');
    expect(details).toContain('Step News Agency');
    expect(details).toContain('Hurriya Press');
    expect(details).toContain('DENIAL');
    expect(details).toContain('over 30 killed');
    const edgeLabels = await page.evaluate(() =>
      (window as unknown as ExplorerWindow).kgExplorer.provenance.edges().map((e) => String(e.data('label'))),
    );
    expect(edgeLabels).toContain('23 killed (civilians)');
    await page.locator('#provenance-section').screenshot({ path: screenshotPath('explorer-provenance.png') });
    await page.screenshot({ path: screenshotPath('explorer-page.png'), fullPage: true });
    expect(foreignRequests(browser.requests, service.origin)).toEqual([]);
    await page.close();
  });
});
