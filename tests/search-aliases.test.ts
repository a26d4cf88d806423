/**
 * Table-driven from the content itself: searching a concept's title or any of its aliases must
 * list that page among the first three results, through the site's real Pagefind index and the
 * re-ranking of exact names that the search box applies (src/search/rank.ts).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isConceptPage } from '../src/lib/content-model';
import { SEARCH_OPTIONS } from '../src/search/options';
import { rankExactMatches } from '../src/search/rank';
import { readPages } from '../src/lib/site-files';
import { useBuiltSite } from './support/built-site';
import { ROOT } from './support/site';

const cases = readPages(ROOT)
  .filter(isConceptPage)
  .flatMap((page) => {
    const aliases = Array.isArray(page.frontmatter.aliases) ? (page.frontmatter.aliases as string[]) : [];
    return [String(page.frontmatter.title), ...aliases].map((query) => ({ query, url: page.url }));
  });

const site = useBuiltSite();
let page: Page;
beforeAll(async () => {
  page = await site.open('/');
});

/** The first three result paths for a query, as the search box ranks the results it loads. */
async function topThree(query: string): Promise<string[]> {
  // Passed as a string: Vitest would otherwise rewrite the dynamic import() for Node.
  const results: { url: string; title: string; aliases: string[] }[] = await page.evaluate(`(async (q) => {
    const base = document.querySelector('[data-search]').dataset.base;
    const pagefind = await import(base + 'pagefind/pagefind.js');
    await pagefind.options(${JSON.stringify(SEARCH_OPTIONS)});
    const search = await pagefind.search(q);
    // The box loads the first eight (six shown and two more; see src/search/browser/search-box.ts).
    const data = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
    return data.map((d) => ({ url: new URL(d.url, location.href).pathname, title: d.meta.title ?? '', aliases: (d.meta.aliases ?? '').split(' · ').filter(Boolean) }));
  })(${JSON.stringify(query)})`);
  return rankExactMatches(results, query)
    .slice(0, 3)
    .map((result) => result.url);
}

describe('search by title and alias', () => {
  it('has cases from the content (a guard against reading nothing)', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it('lists the page among the first three results for every title and alias', async () => {
    const misses: string[] = [];
    for (const { query, url } of cases) {
      const top = await topThree(query);
      if (!top.includes(url)) misses.push(`"${query}" → verwacht ${url}, kreeg ${top.join(', ') || 'niets'}`);
    }
    console.log(`titels en aliassen: ${cases.length - misses.length} van ${cases.length} in de top 3`);
    expect(misses).toEqual([]);
  });
});
