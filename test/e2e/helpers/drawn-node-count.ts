/**
 * Waits for an explorer graph to be drawn, the way a user would: until its panel shows the graph or an error.
 */
import type { Page } from 'playwright-core';

/**
 * Given a page, a graph container and its panel's status line, returns the drawn node count once the layout has
 * finished; fails with the status line's text when the panel reports an error instead.
 */
export async function drawnNodeCount(page: Page, graph: string, status: string): Promise<number> {
  await page.waitForSelector(`${graph}[data-ready="true"], ${status}[data-tone="error"]`);
  if ((await page.locator(status).getAttribute('data-tone')) === 'error') throw new Error(`${status}: ${await page.locator(status).textContent()}`);
  return Number(await page.locator(graph).getAttribute('data-node-count'));
}
