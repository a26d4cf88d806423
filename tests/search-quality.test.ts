/**
 * Measured search quality: the query set in tests/fixtures/search-queries.yaml, typed into the
 * header box in Chromium (the site's real search: Pagefind, its weights and our re-ranking).
 * Prints hit@1, hit@3 and the mean reciprocal rank; fails below 95% hit@3.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { search } from './support/search';
import { ROOT } from './support/site';

interface Query {
  q: string;
  expect: string;
  who: 'S' | 'T' | 'O';
}
const queries = parseYaml(readFileSync(join(ROOT, 'tests/fixtures/search-queries.yaml'), 'utf8')) as Query[];
const site = useBuiltSite();

describe('search quality on the query set', () => {
  it('has at least 60 queries from all three audiences', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((query) => query.who))).toEqual(new Set(['S', 'T', 'O']));
  });

  it('finds the expected page in the top three for at least 95% of the queries', async () => {
    const page = await site.open('/');
    const ranks: number[] = [];
    const misses: string[] = [];
    for (const query of queries) {
      const results = await search(page, query.q);
      const rank = results.indexOf(query.expect) + 1;
      ranks.push(rank);
      if (rank === 0 || rank > 3) misses.push(`"${query.q}" → ${query.expect} (rank ${rank || '-'}; got ${results.slice(0, 3).join(', ') || 'nothing'})`);
    }
    await page.close();
    const share = (n: number) => ranks.filter((rank) => rank > 0 && rank <= n).length / ranks.length;
    const mrr = ranks.reduce((sum, rank) => sum + (rank > 0 ? 1 / rank : 0), 0) / ranks.length;
    console.log(`search quality over ${queries.length} queries: hit@1 ${(share(1) * 100).toFixed(1)}%, hit@3 ${(share(3) * 100).toFixed(1)}%, MRR ${mrr.toFixed(3)}`);
    if (misses.length) console.log(`not in the top three:\n  ${misses.join('\n  ')}`);
    expect(share(3), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
