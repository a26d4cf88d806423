/**
 * Measured search quality: the query set in tests/fixtures/search-queries.yaml, typed into the
 * header box in Chromium (the site's real search: Pagefind, its weights and our re-ranking).
 * Prints hit@1, hit@3 and the mean reciprocal rank per group, and for queries with an anchor how
 * often that section is offered as a link under the expected page; fails below 95% hit@3 in
 * either group.
 *
 * Two groups: "namen" (the first queries: mostly a title or alias of the page, a few everyday
 * words and typos) and "vragen" (questions, paraphrases, section lookups and task phrases, none
 * of them a title or alias, so that the gate measures more than finding names).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '../src/search/rank';
import { useBuiltSite } from './support/built-site';
import { searchWithSections } from './support/search';
import { builtPages, DIST, ROOT } from './support/site';

interface Query {
  q: string;
  expect: string;
  /** The section that answers the query, where that matters. */
  anchor?: string;
  who: 'S' | 'T' | 'O';
  group?: 'vragen';
}
const queries = parseYaml(readFileSync(join(ROOT, 'tests/fixtures/search-queries.yaml'), 'utf8')) as Query[];
const groups = { namen: queries.filter((query) => !query.group), vragen: queries.filter((query) => query.group === 'vragen') };
const site = useBuiltSite();

interface Measured {
  query: Query;
  /** 1-based rank of the expected page; 0 when it is not listed. */
  rank: number;
  /** Whether the expected page's result offers the expected section (undefined without an anchor). */
  sectionOffered: boolean | undefined;
  top: string[];
}

/**
 * Tabs that type queries side by side. Most of a query's time is the search box waiting for the
 * next key (SEARCH_DEBOUNCE_MS) while the browser is idle; two tabs wait at the same time. A
 * query's results depend on the query alone, not on what the tab searched before.
 */
const TABS = 2;

async function measure(list: Query[]): Promise<Measured[]> {
  const measured: Measured[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: TABS }, async () => {
      const page = await site.open('/');
      for (let i = next++; i < list.length; i = next++) {
        const query = list[i]!;
        const results = await searchWithSections(page, query.q);
        const index = results.findIndex((result) => result.path === query.expect);
        const sectionOffered = query.anchor === undefined ? undefined : index >= 0 && results[index]!.sections.includes(query.anchor);
        measured[i] = { query, rank: index + 1, sectionOffered, top: results.slice(0, 3).map((result) => result.path) };
      }
      await page.close();
    }),
  );
  return measured;
}

/** hit@1, hit@3 and MRR of a group, printed; returns the share in the top three and the misses. */
function report(name: string, measured: Measured[]): { hit3: number; misses: string[] } {
  const share = (n: number) => measured.filter(({ rank }) => rank > 0 && rank <= n).length / measured.length;
  const mrr = measured.reduce((sum, { rank }) => sum + (rank > 0 ? 1 / rank : 0), 0) / measured.length;
  const withAnchor = measured.filter((m) => m.sectionOffered !== undefined);
  const sections = withAnchor.filter((m) => m.sectionOffered).length;
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `search quality, group "${name}" (${measured.length} queries): hit@1 ${percent(share(1))}, hit@3 ${percent(share(3))}, MRR ${mrr.toFixed(3)}` +
      (withAnchor.length ? `; section offered for ${sections} of ${withAnchor.length} queries with an anchor` : ''),
  );
  const misses = measured.filter(({ rank }) => rank === 0 || rank > 3).map(({ query, rank, top }) => `"${query.q}" → ${query.expect} (rank ${rank || '-'}; got ${top.join(', ') || 'nothing'})`);
  if (misses.length) console.log(`not in the top three:\n  ${misses.join('\n  ')}`);
  const noSection = withAnchor.filter((m) => !m.sectionOffered && m.rank > 0 && m.rank <= 3).map(({ query }) => `"${query.q}" → #${query.anchor}`);
  if (noSection.length) console.log(`page found, section not offered:\n  ${noSection.join('\n  ')}`);
  return { hit3: share(3), misses };
}

describe('search quality on the query set', () => {
  it('has at least 60 name queries and 80 question queries, from all three audiences', () => {
    expect(groups.namen.length).toBeGreaterThanOrEqual(60);
    expect(groups.vragen.length).toBeGreaterThanOrEqual(80);
    for (const group of Object.values(groups)) expect(new Set(group.map((query) => query.who))).toEqual(new Set(['S', 'T', 'O']));
  });

  it('has no question that is a title, alias or glossary term of any page', () => {
    // Every name a reader might type, as the built site lists them for "Bedoelde je?", and the
    // heading of every built page (generated pages such as the learning routes have no aliases).
    const listed = (JSON.parse(readFileSync(join(DIST, 'zoeken/namen.json'), 'utf8')) as [string, string, string][]).flatMap(([name, , title]) => [name, title]);
    const headings = builtPages().map((path) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(join(DIST, path, 'index.html'), 'utf8'))?.[1]?.replace(/<[^>]+>/g, '') ?? '');
    const names = new Set([...listed, ...headings].map(normalizeQuery));
    expect(names.size).toBeGreaterThan(100);
    expect(groups.vragen.filter((query) => names.has(normalizeQuery(query.q))).map((query) => query.q)).toEqual([]);
  });

  for (const name of Object.keys(groups) as (keyof typeof groups)[]) {
    it(`finds the expected page in the top three for at least 95% of group "${name}"`, async () => {
      const { hit3, misses } = report(name, await measure(groups[name]));
      expect(hit3, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    }, 600_000);
  }
});
