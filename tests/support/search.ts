import type { Page } from 'playwright-core';

/** Types a query into the header box and returns the result paths, best first. */
export async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator('[data-search-input]');
  await input.fill(query);
  // Wait for the list that answers this query, not the one left from the previous query.
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === q, query.trim());
  return page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** On /zoeken/: waits until the results list answers the URL's query and filters, and returns the result paths. */
export async function searchPageResults(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const list = document.querySelector<HTMLElement>('[data-search-page-results]');
    const wanted = new URLSearchParams(window.location.search);
    const answered = new URLSearchParams(list?.dataset.query ?? '\u0000');
    return list?.dataset.query !== undefined && [...wanted].every(([key, value]) => answered.get(key) === value) && (answered.get('q') ?? '') === (wanted.get('q') ?? '');
  });
  return page.locator('[data-search-page-results] > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
