/**
 * Search as readers use it, in Chromium: the shareable results page with its filters, the way
 * from the header box to all results, the marked words on the page a result opens, help when
 * nothing is found, and a query that is markup staying text.
 */
import { globSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../src/lib/decompound';
import { isDutchWord } from '../src/lib/decompound-dictionary';
import { RESULT_FILES_DIR } from '../src/search/contract';
import type { ResultCard } from '../src/search/result-cards';
import { SEARCH_OPTIONS } from '../src/search/options';
import { useBuiltSite } from './support/built-site';
import { countBytes, search, searchPageResults } from './support/search';
import { DIST } from './support/site';

const site = useBuiltSite();
const open = site.open;
/** The built HTML of a result path, to check what the filters promise. */
const htmlOf = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

describe('the results page /zoeken/', () => {
  it('shows the results of ?q= as a list of links, and says how many', async () => {
    const page = await open('/zoeken/?q=pepper');
    const results = await searchPageResults(page);
    expect(results[0]).toBe('/begrippen/pepper/');
    expect(results.length).toBeGreaterThan(6); // more than the header box shows
    expect(await page.locator('#zoekterm').inputValue()).toBe('pepper');
    expect(await page.locator('[data-search-page-status]').textContent()).toMatch(/^\d+ resultaten/);
    // A plain list: the links are in the Tab order, not options of a listbox.
    expect(await page.locator('[data-search-page-results] [role="option"]').count()).toBe(0);
    await page.close();
  });

  it.each([
    ['doelgroep', 'organisaties'],
    ['bron', 'ontdec-2025'],
    ['bron', 'leiden-zelfonthulling'],
  ])('filters by %s=%s: every result is a page marked so', async (filter, value) => {
    const page = await open(`/zoeken/?q=ervaringsdeskundigheid&${filter}=${value}`);
    const results = await searchPageResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const path of results) expect(htmlOf(path), path).toContain(`data-pagefind-filter="${filter}:${value}"`);
    expect(await page.locator(`select[name="${filter}"]`).inputValue()).toBe(value);
    expect(await page.locator('[data-search-page-status]').textContent()).toContain('alleen:');
    await page.close();
  });

  it('a filter narrows the results; typing and choosing keep the URL shareable', async () => {
    const page = await open('/zoeken/');
    await page.locator('#zoekterm').fill('ervaringskennis');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=ervaringskennis');
    const all = await searchPageResults(page);
    await page.locator('#zoek-bron').selectOption('leiden-zelfonthulling');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=ervaringskennis&bron=leiden-zelfonthulling');
    const narrowed = await searchPageResults(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    // The shared link opens the same results.
    const shared = await open(`/zoeken/${new URL(page.url()).search}`);
    expect(await searchPageResults(shared)).toEqual(narrowed);
    await Promise.all([page.close(), shared.close()]);
  });

  it('an unknown filter value in a link falls back to all pages instead of none', async () => {
    const page = await open('/zoeken/?q=pepper&sectie=Bestaat-niet');
    expect(await page.locator('#zoek-in').inputValue()).toBe('');
    expect((await searchPageResults(page))[0]).toBe('/begrippen/pepper/');
    await page.close();
  });
});

describe('on a phone and on a laptop', () => {
  const sizes = [
    { width: 360, height: 740 },
    { width: 1366, height: 768 },
  ];

  it.each(sizes)('/zoeken/?q=stigma does not jump while its results load (layout shift under 0.1) at $width × $height', async (viewport) => {
    const page = await site.browser.newPage({ viewport });
    await page.addInitScript(() => {
      const shifts = { total: 0 };
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.total += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL('zoeken/?q=stigma', site.server.url).href);
    expect((await searchPageResults(page)).length).toBeGreaterThan(6);
    await page.waitForTimeout(500); // shifts after the list is filled count too
    const shift = await page.evaluate(() => (window as unknown as { shifts: { total: number } }).shifts.total);
    console.log(`layout shift op /zoeken/?q=stigma bij ${viewport.width} × ${viewport.height}: ${shift.toFixed(3)}`);
    expect(shift).toBeLessThan(0.1);
    await page.close();
  });

  it('the search page, its filters and the header box with results fit a 360 px screen; each filter label sits with its field', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(new URL('zoeken/?q=zelfonthulling', site.server.url).href);
    await searchPageResults(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const id of ['zoek-in', 'zoek-doelgroep', 'zoek-bron']) {
      const label = (await page.locator(`label[for="${id}"]`).boundingBox())!;
      const field = (await page.locator(`#${id}`).boundingBox())!;
      expect(field.x + field.width, id).toBeLessThanOrEqual(360);
      // Directly above its field or beside it, never alone at the end of a line.
      expect(field.y - (label.y + label.height), id).toBeLessThan(12);
      expect(Math.abs(field.x - label.x) < 2 || Math.abs(field.y - label.y) < field.height, id).toBe(true);
    }
    // The header box's panel stays on the screen.
    await search(page, 'hoe ontstaat ervaringskennis');
    const panel = (await page.locator('[data-search-panel]').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(360);
    const wide = await page.locator('[data-search-panel] *').evaluateAll((elements) => elements.filter((element) => element.getBoundingClientRect().right > 361).map((element) => element.outerHTML.slice(0, 80)));
    expect(wide).toEqual([]);
    await page.close();
  });
});

describe('from the header box', () => {
  it('the last option leads to all results on /zoeken/', async () => {
    const page = await open('/begrippen/');
    await search(page, 'herstel');
    const last = page.locator('[data-search-results] > li > a').last();
    expect(await last.textContent()).toContain('Alle resultaten voor “herstel”');
    await Promise.all([page.waitForURL(/\/zoeken\/\?q=herstel$/), last.click()]);
    expect((await searchPageResults(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('opening a result marks the searched word on that page, not in its title, and leaves a clean address', async () => {
    const page = await open('/');
    const results = await search(page, 'zelfonthulling');
    expect(results[0]).toBe('/begrippen/zelfonthulling/');
    await Promise.all([page.waitForURL(/\/begrippen\/zelfonthulling\/\?markeer=/), page.locator('[data-search-results] > li > a').first().click()]);
    await page.locator('mark.zoekmarkering').first().waitFor();
    const marked = await page.locator('article mark.zoekmarkering').allTextContents();
    expect(marked.length).toBeGreaterThan(3);
    expect(marked.every((text) => /zelfonthulling/i.test(text))).toBe(true);
    expect(await page.locator('h1 mark, nav mark').count()).toBe(0);
    // The address a trainer copies has no ?markeer= (history.replaceState).
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('the marks can be switched off with the keyboard, and small words are never marked', async () => {
    const marks = (words: string[]) => words.map((word) => `${SEARCH_OPTIONS.highlightParam}=${word}`).join('&');
    const deep = await open(`/begrippen/herstel/?${marks(['kintsugi'])}#kintsugi`);
    await deep.locator('mark.zoekmarkering').first().waitFor();
    await expect.poll(() => deep.url()).toMatch(/\/begrippen\/herstel\/#kintsugi$/); // the section link survives
    await deep.close();

    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(new URL(`begrippen/herstel/?${marks(['herstel', 'en', 'de'])}`, site.server.url).href);
    await page.locator('mark.zoekmarkering').first().waitFor();
    expect(await page.locator('mark.zoekmarkering').evaluateAll((found) => found.filter((mark) => /^(en|de)$/i.test(mark.textContent ?? '')).length)).toBe(0);
    const button = page.getByRole('button', { name: 'Markering uitzetten' });
    await expect.poll(() => button.isVisible()).toBe(true);
    // Reachable by Tab from the top of the page: first in the main content.
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await button.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('mark.zoekmarkering').count()).toBe(0);
    expect(await button.count()).toBe(0);
    await page.close();
  });

  it('a page opened without ?markeer= fetches no highlighter and marks nothing', async () => {
    const { page, requested } = await site.openRecordingRequests('/begrippen/zelfonthulling/');
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    expect(await page.locator('mark.zoekmarkering').count()).toBe(0);
    await page.close();
  });
});

describe('when nothing matches', () => {
  it('a typo gets "Bedoelde je?" with the closest page first', async () => {
    const page = await open('/');
    const results = await search(page, 'zelfonthuling');
    expect(results[0]).toBe('/begrippen/zelfonthulling/');
    expect(await page.locator('[data-search-results] > li').first().locator('.search-result-kind').textContent()).toBe('Bedoelde je?');
    await page.close();
  });

  it('nonsense says so kindly and links the glossary, in the box and on the page', async () => {
    const page = await open('/');
    const results = await search(page, 'qxzwvbk');
    expect(results).toEqual(['/begrippenlijst/']);
    expect(await page.locator('[data-search-status]').textContent()).toBe('Niets gevonden voor “qxzwvbk”. Probeer een ander woord of kijk in de begrippenlijst.');
    const full = await open('/zoeken/?q=qxzwvbk');
    expect(await searchPageResults(full)).toEqual(['/begrippenlijst/']);
    expect(await full.locator('[data-search-page-status]').textContent()).toContain('Niets gevonden');
    await Promise.all([page.close(), full.close()]);
  });
});

describe('a query that is markup', () => {
  const attack = '<img src=x onerror=alert(1)>';

  it('is shown as text in the header box and on /zoeken/, and runs nothing', async () => {
    const page = await open('/');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await search(page, attack);
    expect(await page.locator('[data-search-status]').textContent()).toContain(attack);
    expect(await page.locator('.search-panel img').count()).toBe(0);

    const full = await open(`/zoeken/?q=${encodeURIComponent(attack)}`);
    full.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await searchPageResults(full);
    expect(await full.locator('[data-search-page-status]').textContent()).toContain(attack);
    expect(await full.locator('main img').count()).toBe(0);
    expect(await full.locator('#zoekterm').inputValue()).toBe(attack);
    expect(dialogs).toEqual([]);
    await Promise.all([page.close(), full.close()]);
  });
});

describe('what a search transfers (gzip, as a static host serves it)', () => {
  const KB = 1024;
  async function query(page: Page, term: string) {
    await search(page, term);
    await page.waitForLoadState('networkidle');
  }

  it('a first query for a page name costs at most 100 kB, Pagefind included; a later one-word query at most 10 kB', async () => {
    const page = await open('/begrippen/ervaringskennis/');
    const bytes = countBytes(page);
    await page.locator('#zoekveld').focus();
    await query(page, 'ervaringskennis');
    const first = await bytes.take();
    const later: Record<string, number> = {};
    for (const term of ['herstel', 'stigma', 'buurtteam', 'pepper', 'jeugdzorg']) {
      await query(page, term);
      const taken = await bytes.take();
      later[term] = taken.bytes;
      expect(taken.failed, term).toEqual([]);
      expect(taken.bytes, `"${term}": ${taken.files.join(', ')}`).toBeLessThanOrEqual(10 * KB);
    }
    console.log(`eerste vraag ${(first.bytes / KB).toFixed(1)} kB; daarna ${Object.entries(later).map(([term, n]) => `${term} ${(n / KB).toFixed(1)} kB`).join(', ')}`);
    expect(first.failed).toEqual([]);
    expect(first.bytes, first.files.join(', ')).toBeLessThanOrEqual(100 * KB);
    // The results come from the small result files, not from Pagefind's whole-page fragments.
    expect(first.files.filter((file) => file.includes('/pagefind/fragment/'))).toEqual([]);
    expect(first.files.filter((file) => file.includes(`${RESULT_FILES_DIR}/`)).length).toBeGreaterThanOrEqual(6);
    await page.close();
  });
});

describe('results drawn from the result cards', () => {
  /** Per result page: its link and all its section links, as Pagefind's own result data (the whole-page fragment) gives them. */
  async function pagefindLinks(page: Page, query: string): Promise<Record<string, string[]>> {
    // Passed as a string: Vitest would otherwise rewrite the dynamic import() for Node.
    return page.evaluate(`(async (q) => {
      const base = document.querySelector('[data-search]').dataset.base;
      const pagefind = await import(base + 'pagefind/pagefind.js');
      await pagefind.options(${JSON.stringify({ ...SEARCH_OPTIONS })});
      const search = await pagefind.search(q);
      const path = (url) => { const u = new URL(url, location.href); return u.pathname + u.search + u.hash; };
      return Object.fromEntries(await Promise.all(search.results.slice(0, 8).map(async (r) => {
        const d = await r.data();
        // Only matches a reader sees: the card says where the hidden search terms begin.
        const card = await (await fetch(base + ${JSON.stringify(RESULT_FILES_DIR.slice(1))} + '/' + r.id + '.json')).json();
        const sections = d.sub_results.filter((s) => s.url.includes('#') && s.locations.some((l) => l < card.words));
        return [new URL(d.url, location.href).pathname, [path(d.url), ...sections.map((s) => s.title + ' ' + path(s.url))]];
      })));
    })(${JSON.stringify(query)})`);
  }

  it('link each result as Pagefind itself would, offer three of its matching sections (best first), and mark the words found', async () => {
    const page = await open('/');
    for (const query of ['ervaringskennis', 'herstel', 'stigma', 'beïnvloeding', 'pepper', 'jeugdzorg']) {
      await search(page, query);
      const shown = await page.locator('[data-search-results] > li').evaluateAll((items) =>
        items
          .map((item) => {
            const path = (a: HTMLAnchorElement) => new URL(a.href).pathname + new URL(a.href).search + new URL(a.href).hash;
            const links = [...item.querySelectorAll('a')];
            return { page: new URL(links[0]!.href).pathname, links: [path(links[0]!), ...links.slice(1).map((a) => `${a.textContent} ${path(a)}`)], marked: item.querySelector('.search-result-excerpt mark') !== null };
          })
          .filter((result) => !result.page.endsWith('/zoeken/')), // the last option: all results
      );
      const expected = await pagefindLinks(page, query);
      const compared = shown.filter((result) => expected[result.page]);
      expect(compared.length, query).toBeGreaterThanOrEqual(4);
      for (const result of compared) {
        const [link, ...sections] = expected[result.page]!;
        expect(result.links[0], `${query}: ${result.page}`).toBe(link);
        expect(sections, `${query}: ${result.page}`).toEqual(expect.arrayContaining(result.links.slice(1)));
        expect(result.links.length - 1, `${query}: ${result.page}`).toBe(Math.min(3, sections.length));
      }
      expect(shown[0]!.marked, query).toBe(true);
    }
    await page.close();
  });
});

describe('the hidden search terms (parts of compounds)', () => {
  const pages = globSync('**/index.html', { cwd: DIST })
    .map((file) => ({ path: `/${file.replace(/index\.html$/, '')}`, terms: /data-zoektermen="([^"]*)"/.exec(readFileSync(join(DIST, file), 'utf8'))?.[1]?.split(' ').filter(Boolean) }))
    .filter((page): page is { path: string; terms: string[] } => page.terms !== undefined);
  // The field's own terms: every word of a title, alias or glossary term.
  const names = JSON.parse(readFileSync(join(DIST, 'zoeken/namen.json'), 'utf8')) as [string, string, string][];
  const fieldWords = new Set(names.flatMap(([name]) => wordsOf(name)));

  it('are Dutch words or the field’s own terms on every page, never fragments (verschil-lende, maats-chappelijke)', () => {
    expect(pages.length).toBeGreaterThan(40);
    const fragments = pages.flatMap(({ path, terms }) => terms.filter((term) => !isDutchWord(term) && !fieldWords.has(term)).map((term) => `${path}: ${term}`));
    const outside = pages.reduce((sum, { terms }) => sum + terms.filter((term) => !isDutchWord(term)).length, 0);
    console.log(`verborgen zoektermen: ${pages.reduce((sum, { terms }) => sum + terms.length, 0)} op ${pages.length} pagina's; ${outside} niet in het woordenboek (termen van het vak), ${fragments.length} geen woord`);
    expect(fragments).toEqual([]);
    expect(pages.find(({ path }) => path === '/begrippen/collectieve-ervaringskennis/')?.terms).not.toContain('chillende');
  });
});

describe('the result cards', () => {
  const dir = join(DIST, RESULT_FILES_DIR);
  const cards = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, card: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ResultCard }));

  it('exist for the indexed pages (a guard against checking nothing)', () => {
    expect(cards.length).toBeGreaterThan(40);
  });

  it('never show the questions a page answers (its `vragen`): they are searched, not read', () => {
    const shown = cards.flatMap(({ file, card }) => {
      const attribute = /data-vragen="([^"]*)"/.exec(htmlOf(card.url))?.[1] ?? '';
      const questions = attribute ? attribute.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').split(' · ') : [];
      const blocks = readdirSync(join(dir, file.replace(/\.json$/, ''))).map((block) => readFileSync(join(dir, file.replace(/\.json$/, ''), block), 'utf8').replace(/\n/g, ' '));
      return questions.flatMap((question) => [JSON.stringify(card), ...blocks].filter((text) => text.includes(question)).map(() => `${card.url}: ${question}`));
    });
    expect(cards.some(({ card }) => htmlOf(card.url).includes('data-vragen='))).toBe(true);
    expect(shown).toEqual([]);
  });

  it('link each section to an anchor that exists on its page', () => {
    const broken = cards.flatMap(({ file, card }) => {
      const html = htmlOf(card.url);
      return card.sections.filter(([, id]) => !html.includes(`id="${id}"`)).map(([, id]) => `${file}: ${card.url}#${id}`);
    });
    expect(broken).toEqual([]);
  });
});
