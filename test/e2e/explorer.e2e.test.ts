import type { NodeSingular } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestNeo4j } from '../integration/helpers/test-neo4j.ts';
import { drawnNodeCount } from './helpers/drawn-node-count.ts';
import type { ExplorerWindow } from './helpers/explorer-window.ts';
import {
  foreignRequests,
  assertChromium,
  launchChromium,
  type TestBrowser,
} from './helpers/launch-chromium.ts';
import { loadSeedGraph, type SeedGraph } from './helpers/load-seed-graph.ts';
import { screenshotPath } from './helpers/screenshot-path.ts';
import { startTestService, type TestService } from '../integration/helpers/start-test-service.ts';

// Each test drives a real browser against a real Neo4j; on a busy machine a single query can take seconds.
const TEST_TIMEOUT_MS = 240_000;

describe('the explorer page, over the seed articles', () => {
  const neo = new TestNeo4j();
  let service: TestService;
  let browser: TestBrowser;
  let seeds: SeedGraph;

  beforeAll(async () => {
    assertChromium();
    seeds = await loadSeedGraph(neo);
    service = await startTestService(neo.get());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await neo.close();
  });

  it(
    "draws a seed actor's network from its typed name, and expands a node when it is clicked",
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${service.origin}/explore`);
      await page.fill('#actor-input', 'قسد');
      await page.click('#actor-form button[type="submit"]');
      const before = await drawnNodeCount(page, '#network-graph', '#network-status');
      expect(before).toBeGreaterThanOrEqual(5);
      const details = page.locator('#network-details');
      expect(await details.locator('h3 bdi[dir="rtl"]').textContent()).toBe('قوات سوريا الديمقراطية');
      expect(await details.locator('h3').textContent()).toContain('Syrian Democratic Forces');
      await page.locator('#network-section').screenshot({ path: screenshotPath('explorer-network.png') });

      // Click the node with the most relations besides the centre, where cytoscape drew it.
      const target = await page.evaluate(() => {
        const cy = (window as unknown as ExplorerWindow).kgExplorer.network;
        const others = cy
          .nodes()
          .filter((n) => !n.hasClass('centre'))
          .toArray() as NodeSingular[];
        const node = others.sort((a, b) => b.connectedEdges().length - a.connectedEdges().length)[0]!;
        const box = cy.container()!.getBoundingClientRect();
        const position = node.renderedPosition();
        return { id: node.id(), x: box.left + position.x, y: box.top + position.y };
      });
      await page.mouse.click(target.x, target.y);
      await expect
        .poll(() => page.locator('#network-status').textContent(), { timeout: 120_000 })
        .toContain('Expanded');
      expect(await drawnNodeCount(page, '#network-graph', '#network-status')).toBeGreaterThanOrEqual(before);
      const expanded = await page.evaluate(
        (id) =>
          (window as unknown as ExplorerWindow).kgExplorer.network.getElementById(id).hasClass('expanded'),
        target.id,
      );
      expect(expanded).toBe(true);
      await page
        .locator('#network-section')
        .screenshot({ path: screenshotPath('explorer-network-expanded.png') });

      expect(foreignRequests(browser.requests, service.origin)).toEqual([]);
      expect(browser.problems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "draws a seed incident's provenance with the outlets that report it",
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${service.origin}/explore`);
      await page.waitForSelector(`#incident-select option[value="${seeds.incidentId}"]`, {
        state: 'attached',
      });
      await page.selectOption('#incident-select', seeds.incidentId);
      // At least: the incident, each claim, and one actor per outlet.
      const nodes = await drawnNodeCount(page, '#provenance-graph', '#provenance-status');
      expect(nodes).toBeGreaterThanOrEqual(1 + seeds.claimCount + seeds.outletNames.length);
      const outlets = await page.locator('#provenance-details .outlets').textContent();
      for (const name of seeds.outletNames) expect(outlets).toContain(name);
      const outletNodes = await page.evaluate(
        () => (window as unknown as ExplorerWindow).kgExplorer.provenance.nodes('.outlet').length,
      );
      expect(outletNodes).toBe(seeds.outletNames.length);
      await page
        .locator('#provenance-section')
        .screenshot({ path: screenshotPath('explorer-provenance.png') });
      await page.screenshot({ path: screenshotPath('explorer-page.png'), fullPage: true });

      expect(foreignRequests(browser.requests, service.origin)).toEqual([]);
      expect(browser.problems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );
});
