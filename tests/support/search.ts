import type { Page } from 'playwright-core';

/** Types a query into the header box and returns the result paths, best first. */
export async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator('[data-search-input]');
  await input.fill(query);
  // Wait for the list that answers this query, not the one left from the previous query.
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === q, query.trim());
  return page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
