/** Issue-level behaviour of the concept, role and reference pages, in Chromium. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { ROOT } from './support/site';
import { search, searchPageResults } from './support/search';

const site = useBuiltSite();
const open = site.open;

describe('the circle model', () => {
  const model = parseYaml(readFileSync(join(ROOT, 'content/data/cirkelmodel.yaml'), 'utf8')) as { steps: { id: string; label: string }[] };

  it('draws every step of the data file as a link, with an accessible name for the drawing', async () => {
    const page = await open('/cirkelmodel/');
    expect(await page.locator('svg.circle-svg title').textContent()).toBeTruthy();
    const hrefs = await page.locator('svg.circle-svg a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(model.steps.map((step) => `#${step.id}`));
    const listed = await page.locator('ol.circle-steps a').allTextContents();
    expect(listed).toEqual(model.steps.map((step) => step.label));
    await page.close();
  });

  it('is walked with Tab in the order of the steps, and Enter moves to each step’s section', async () => {
    const page = await open('/cirkelmodel/');
    await page.locator('svg.circle-svg').scrollIntoViewIfNeeded();
    // Start just before the drawing: focus the element before its first link.
    await page.locator('svg.circle-svg a').first().focus();
    const order: string[] = [];
    for (let i = 0; i < model.steps.length; i++) {
      order.push((await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? '');
      await page.keyboard.press('Tab');
    }
    expect(order).toEqual(model.steps.map((step) => `#${step.id}`));
    for (const step of model.steps) {
      await page.locator(`svg.circle-svg a[href="#${step.id}"]`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${step.id}`);
      expect(await page.locator(`[id="${step.id}"]`).count()).toBe(1);
    }
    await page.close();
  });
});

describe('PEPPER', () => {
  it('has six letters that each lead to their section', async () => {
    const page = await open('/begrippen/pepper/');
    const links = page.locator('nav.pepper a');
    expect(await links.count()).toBe(6);
    expect((await links.locator('.pepper-letter').allTextContents()).join('')).toBe('PEPPER');
    for (const id of ['praktisch', 'existentieel', 'politiek-kritisch', 'persoonlijk', 'ethisch', 'relationeel']) {
      await page.locator(`nav.pepper a[href="#${id}"]`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
      expect(await page.locator(`h2[id="${id}"], h3[id="${id}"]`).count()).toBe(1);
    }
    await page.close();
  });
});

describe('the five roles', () => {
  it('map the names of the sources in a real table with header cells', async () => {
    const page = await open('/rollen/');
    const table = page.locator('article table').first();
    expect(await table.locator('thead th').count()).toBeGreaterThan(1);
    for (const role of ['ondersteuner', 'beleidsbeinvloeder', 'deskundigheidsbevorderaar', 'onderzoeker', 'initiator-van-vernieuwing']) {
      expect(await page.locator(`article a[href$="/rollen/${role}/"]`).count(), role).toBeGreaterThan(0);
    }
    await page.close();
  });

  it.each([
    ['innovator', '/rollen/initiator-van-vernieuwing/'],
    ['leraar', '/rollen/deskundigheidsbevorderaar/'],
    ['maatje', '/rollen/ondersteuner/'],
    ['hulpverlener', '/rollen/ondersteuner/'],
    ['co-docent', '/rollen/deskundigheidsbevorderaar/'],
    ['beïnvloeder', '/rollen/beleidsbeinvloeder/'],
    ['onderzoeker', '/rollen/onderzoeker/'],
  ])('searching "%s" in the header box lists %s among the first three', async (query, expected) => {
    const page = await open('/');
    expect((await search(page, query)).slice(0, 3)).toContain(expected);
    await page.close();
  });
});

describe('bibliography and glossary', () => {
  const registry = parseYaml(readFileSync(join(ROOT, 'content/bronnen.yaml'), 'utf8')) as Record<string, { kind: string; citedIn?: string[] }>;
  const documents = Object.keys(registry).filter((key) => registry[key]!.kind === 'brondocument');

  it('marks every cited work with the source document that cites it', () => {
    expect(documents).toHaveLength(5);
    const unmarked = Object.entries(registry)
      .filter(([, entry]) => entry.kind === 'geciteerd')
      .filter(([, entry]) => !entry.citedIn?.length || entry.citedIn.some((key) => !documents.includes(key)))
      .map(([key]) => key);
    expect(unmarked).toEqual([]);
  });

  it('gives every entry its own anchor, says who cites it, and lists the pages that use the source documents', async () => {
    const page = await open('/bronnen/');
    for (const key of Object.keys(registry)) expect(await page.locator(`[id="${key}"]`).count(), key).toBe(1);
    expect(await page.locator('[id="van-erp-2022-a"] .bib-cited-in').textContent()).toMatch(/LEJO, 2025/);
    expect(await page.locator('[id="lejo-2025"] .bib-cited a').count()).toBeGreaterThan(10);
    await page.close();
  });

  it('lists, for a cited work, the pages that name it in their text', async () => {
    const page = await open('/bronnen/');
    const pagesOf = (key: string) =>
      page.locator(`[id="${key}"] .bib-cited a`).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(await page.locator('[id="engelbertink-2021"] .bib-cited').textContent()).toMatch(/^Genoemd op:/);
    expect(await pagesOf('engelbertink-2021')).toContain('/voor-docenten/');
    expect(await pagesOf('van-der-kooij-2018')).toEqual(expect.arrayContaining(['/over/', '/rollen/']));
    // Named as "et al." where the label says "e.a.", and named without a year where the source gives none.
    expect(await pagesOf('van-erp-2023')).toContain('/begrippen/ervaringsdeskundigheid/');
    expect(await pagesOf('van-de-bovenkamp-zd')).toContain('/begrippen/drie-kennisbronnen/');
    expect(await pagesOf('timmer-zd')).toContain('/cirkelmodel/');
    // Most cited works are named on a page; the rest (11 of 86) are not named in any page's prose.
    const withPages = await page.locator('.bib-entry:has(.bib-cited)').count();
    expect(withPages).toBeGreaterThanOrEqual(79);
    await page.close();
  });

  it('finds a glossary-only term through the search box', async () => {
    const page = await open('/');
    expect((await search(page, 'Registerplein')).slice(0, 3)).toContain('/begrippenlijst/');
    await page.close();
  });

  it('links every glossary term that has a page to that page', async () => {
    const page = await open('/begrippenlijst/');
    const hrefs = await page.locator('dl.glossary dt a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of new Set(hrefs)) {
      const response = await fetch(new URL(href.slice(1), site.server.url));
      expect(response.status, href).toBe(200);
    }
    await page.close();
  });
});

describe('searching the vision document alone', () => {
  it('/zoeken/?q=…&sectie=Visiedocument shows only chapters of the vision document, with section numbers', async () => {
    const page = await open('/zoeken/?q=ervaringskennis&sectie=Visiedocument');
    const results = await searchPageResults(page);
    expect(results.length).toBeGreaterThan(1);
    expect(results.every((path) => path.startsWith('/visie/'))).toBe(true);
    expect(await page.locator('.search-result-sections a').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^\d\.\d /)]));
    expect(await page.locator('#zoek-in').inputValue()).toBe('Visiedocument');
    await page.close();
  });

  it('without the filter, the same query also finds concept pages', async () => {
    const page = await open('/zoeken/?q=ervaringskennis');
    const results = await searchPageResults(page);
    expect(results.some((path) => path.startsWith('/begrippen/'))).toBe(true);
    await page.close();
  });
});

describe('the vision document chapters', () => {
  it.each([
    ['/visie/inleiding/', 1],
    ['/visie/wat-is-ervaringskennis/', 2],
    ['/visie/waarom/', 3],
    ['/visie/kwesties/', 4],
    ['/visie/voorwaarden/', 5],
  ])('%s shows the document’s own section numbers in its headings (chapter %i)', async (path, chapter) => {
    const page = await open(path);
    const headings = await page.locator('article h2').allTextContents();
    const numbered = headings.filter((h) => new RegExp(`^${chapter}\\.\\d+ `).test(h));
    expect(numbered.length, headings.join(' | ')).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('gives each of the four kwesties its own anchor', async () => {
    const page = await open('/visie/kwesties/');
    for (const n of [1, 2, 3, 4]) expect(await page.locator(`[id="kwestie-${n}"]`).count()).toBe(1);
    await page.close();
  });
});
