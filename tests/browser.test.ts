/** What a reader does, in a real browser: search, copy a link, read with any ability. (Read without being tracked: the walk in tests/gates.test.ts.) */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { search } from './support/search';
import { builtPages, DIST } from './support/site';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 AA, as axe tags it. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules of that set whose answer depends on colour, by axe's own metadata (its cat.color tag). */
const COLOUR_RULES = (require('axe-core') as { getRules(tags: string[]): { ruleId: string; tags: string[] }[] })
  .getRules(WCAG_AA)
  .filter((rule) => rule.tags.includes('cat.color'))
  .map((rule) => rule.ruleId);

/** axe's serious and critical violations on the page as it is now, as `rule: targets`. */
function axeViolations(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] }): Promise<string[]> {
  return page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ runOnly });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, runOnly);
}

/**
 * What the dark colour scheme changes besides colours, in the build: every file that mentions
 * prefers-color-scheme must be a style sheet, and each such @media block may only give custom
 * properties colour values. A custom property holding a colour in both schemes can only take
 * effect where a colour can, so then the DOM, the layout and everything axe checks but colour are
 * the same in both schemes.
 */
function darkSchemeChanges(): string[] {
  const problems: string[] = [];
  for (const entry of globSync('**/*', { cwd: DIST, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const name = file.slice(DIST.length);
    const text = readFileSync(file, 'latin1');
    for (const match of text.matchAll(/prefers-color-scheme/g)) {
      if (!name.endsWith('.css')) {
        problems.push(`${name} asks for the colour scheme`);
        continue;
      }
      // The @media block: from its { to the } that closes it.
      const open = text.indexOf('{', match.index);
      let close = open;
      for (let depth = 0; close < text.length; close++) {
        if (text[close] === '{') depth++;
        else if (text[close] === '}' && --depth === 0) break;
      }
      const block = text.slice(open + 1, close).trim();
      const declarations = /^:root\s*\{([^{}]*)\}$/.exec(block)?.[1];
      if (declarations === undefined) {
        problems.push(`${name}: ${block.slice(0, 200)}`);
        continue;
      }
      for (const declaration of declarations.split(';').map((part) => part.trim())) {
        if (declaration && !/^--[\w-]+\s*:\s*(#[0-9a-f]{3,8}|(rgb|hsl|oklch|lab)a?\([^()]*\))$/i.test(declaration)) problems.push(`${name}: ${declaration}`);
      }
    }
  }
  return problems;
}
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
  it('finds pages to check, and the rules that depend on colour', () => {
    expect(pages.length).toBeGreaterThan(3);
    expect(COLOUR_RULES).toContain('color-contrast');
  });

  it('the dark scheme changes nothing but colours: no script, page or image asks for it, and style sheets give only colour properties other colours', () => {
    expect(darkSchemeChanges(), 'a dark scheme that changes more than colours needs every rule in dark too, on a page loaded in dark').toEqual([]);
  });

  // One tab goes from page to page: each page loads fresh, but the tab keeps its renderer, where a
  // new tab per page cost 2.5 times the CPU. axe comes in through DevTools, to which the site's
  // CSP does not apply (axe is no script of the site), and V8 keeps it compiled from page to page:
  // a tenth of the CPU of an inline script tag, which the CSP would also block.
  let tab: Page | undefined;
  let shown: string | undefined;
  afterAll(() => tab?.close());
  async function show(path: string): Promise<Page> {
    tab ??= await site.browser.newPage({ colorScheme: 'light' });
    if (shown !== path) {
      shown = undefined;
      await tab.emulateMedia({ colorScheme: 'light' });
      await tab.goto(new URL(path.slice(1), site.server.url).href);
      await tab.evaluate(axeSource);
      shown = path;
    }
    return tab;
  }

  // Each page is checked in light with every rule, then switched to dark without loading it again
  // and checked with the rules that depend on colour: the dark scheme changes colours only (the
  // test above holds the build to that), so the other rules could only give the same answer twice.
  for (const path of pages) {
    it(`${path} has no serious or critical violation (light)`, async () => {
      const page = await show(path);
      expect(await axeViolations(page, { type: 'tag', values: WCAG_AA })).toEqual([]);
    });

    it(`${path} has no serious or critical violation of the rules that depend on colour (dark: ${COLOUR_RULES.join(', ')})`, async () => {
      const page = await show(path);
      await page.emulateMedia({ colorScheme: 'dark' });
      try {
        expect(await axeViolations(page, { type: 'rule', values: COLOUR_RULES })).toEqual([]);
      } finally {
        await page.emulateMedia({ colorScheme: 'light' });
      }
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
