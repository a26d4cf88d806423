import type { Page } from 'playwright-core';
import { gzipSize } from '../../src/lib/page-weight';

/** A result of the header box: its page and the anchors of the section links under it. */
export interface BoxResult {
  path: string;
  sections: string[];
}

/** Types a query into the header box and returns the results, best first, with their section links. */
export async function searchWithSections(page: Page, query: string): Promise<BoxResult[]> {
  const input = page.locator('[data-search-input]');
  await input.fill(query);
  // Wait for the list that answers this query, not the one left from the previous query.
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === q, query.trim(), { polling: 20 });
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => {
      const links = [...item.querySelectorAll('a')];
      return { path: new URL(links[0]!.href).pathname, sections: links.slice(1).map((a) => new URL(a.href).hash.slice(1)) };
    }),
  );
}

/** Types a query into the header box and returns the result paths, best first. */
export async function search(page: Page, query: string): Promise<string[]> {
  return (await searchWithSections(page, query)).map((result) => result.path);
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

/**
 * Bytes of every response from now on (gzip, as a static host serves them; files Pagefind stores
 * gzipped are counted as they are), taken in parts.
 */
export function countBytes(page: Page) {
  let total = 0;
  const files: string[] = [];
  const failed: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!response.ok()) failed.push(`${response.url()} ${response.status()}`);
    pending.push(
      response.body().then(
        (body) => {
          const served = Math.min(body.length, gzipSize(body));
          total += served;
          files.push(`${new URL(response.url()).pathname} ${served}`);
        },
        () => undefined,
      ),
    );
  });
  return {
    async take() {
      await Promise.all(pending.splice(0));
      const taken = { bytes: total, files: files.splice(0), failed: failed.splice(0) };
      total = 0;
      return taken;
    },
  };
}
