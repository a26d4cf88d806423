import type { Page } from 'playwright-core';

/** Types a query into the header box and returns the result paths, best first. */
export async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator('[data-search-input]');
  await input.fill(query);
  await page.locator('[data-search-status]').filter({ hasText: /resulta|Niets gevonden/ }).waitFor();
  return page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
