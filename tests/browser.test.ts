/** What a reader does, in a real browser: search, copy a link, read with any ability. (Read without being tracked: the walk in tests/gates.test.ts.) */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { search } from './support/search';
import { builtPages } from './support/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = useBuiltSite();
const open = site.open;

describe('search in the header box', () => {
  it.each([
    ['ervaringskennis', '/begrippen/ervaringskennis/'],
    ['ervaringsdeskundigheid', '/begrippen/ervaringsdeskundigheid/'],
  ])('"%s" lists %s first', async (query, expected) => {
    const page = await open('/');
    const results = await search(page, query);
    expect(results[0]).toBe(expected);
    await page.close();
  });

  it('is focused with / and with Ctrl+K, opens a result with the arrow keys and Enter, and closes with Escape', async () => {
    const page = await open('/begrippen/');
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('zoekveld');
    await page.locator('main').click();
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('zoekveld');
    await page.keyboard.type('pepper');
    await page.locator('[data-search-results] > li').first().waitFor();
    expect(await page.locator('#zoekveld').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.locator('#zoekveld').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#zoekveld').getAttribute('aria-activedescendant')).toBe('zoekresultaat-0');
    await Promise.all([page.waitForURL(/\/begrippen\/pepper\//), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('loads nothing of Pagefind until the reader starts to search', async () => {
    const { page, requested } = await site.openRecordingRequests('/begrippen/ervaringskennis/');
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.locator('#zoekveld').focus();
    await expect.poll(() => requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });
});

describe('heading links', () => {
  it('copy the full URL of the section to the clipboard', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    await page.goto(new URL('begrippen/ervaringskennis/', site.server.url).href);
    await page.locator('#kennis-die-je-voelt a.heading-link').click();
    const expected = new URL('begrippen/ervaringskennis/#kennis-die-je-voelt', site.server.url).href;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect.poll(() => page.locator('.copy-status').textContent()).toMatch(/gekopieerd/);
    await context.close();
  });

  it('are reachable with the keyboard and say what they do', async () => {
    const page = await open('/begrippen/ervaringskennis/');
    const link = page.locator('#kennis-die-je-voelt a.heading-link');
    expect(await link.getAttribute('aria-label')).toMatch(/Kopieer de link naar de sectie Kennis die je voelt/);
    await link.focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('heading-link'))).toBe(true);
    await page.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const pages = builtPages();
  it('finds pages to check', () => expect(pages.length).toBeGreaterThan(3));

  for (const scheme of ['light', 'dark'] as const) {
    // One tab per colour scheme that goes from page to page: each page still loads fresh, but the
    // tab keeps its renderer and V8's compiled axe, where a new tab per page cost 2.5 times the CPU.
    let tab: Page | undefined;
    afterAll(() => tab?.close());
    it.each(pages)(`%s has no serious or critical violation (${scheme})`, async (path) => {
      // axe is injected as an inline script, which the site's own CSP rightly blocks.
      tab ??= await site.browser.newPage({ colorScheme: scheme, bypassCSP: true });
      const page = tab;
      await page.goto(new URL(path.slice(1), site.server.url).href);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      expect(violations).toEqual([]);
    });
  }
});

describe('page actions', () => {
  it('"Kopieer link" and "Citeer deze pagina" put the page URL and an APA reference on the clipboard', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    await page.goto(new URL('begrippen/ervaringskennis/', site.server.url).href);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.getByRole('button', { name: 'Kopieer link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await page.getByRole('button', { name: 'Citeer deze pagina' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(new RegExp(`^Kennisbank Ervaringskennis\\. \\(\\d{4}, \\d+ \\w+\\)\\. Ervaringskennis\\. Geraadpleegd op \\d+ \\w+ \\d{4}, van ${canonical!.replace(/[.]/g, '\\.')}$`));
    await context.close();
  });
});
