/**
 * Students read on their phones: every page fits a 360 px screen in light and dark, without
 * sideways scrolling (only a wide table may scroll, inside its own box); "Op deze pagina" can be
 * reached on every width; pages don't jump while they load; the footer's citation reads right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { findOverflows } from './support/layout';
import { builtPages, DIST } from './support/site';

const site = useBuiltSite();
const PHONE = { width: 360, height: 740 };

describe('on a 360 px phone', () => {
  /**
   * One walk over every page at 360 px, each page measured in light and then, switched to dark
   * without loading it again, in dark: the dark scheme changes colours only (tests/gates.test.ts
   * holds the build to that), so a page loaded in light and switched is the page loaded in dark.
   */
  async function walkEveryPage(): Promise<Record<'light' | 'dark', string[]>> {
    const page = await site.browser.newPage({ viewport: PHONE, colorScheme: 'light' });
    const problems = { light: [] as string[], dark: [] as string[] };
    for (const path of builtPages()) {
      await page.goto(new URL(path.slice(1), site.server.url).href);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const overflow of await findOverflows(page)) {
          problems[colorScheme].push(`${path}: ${overflow.element} reikt tot ${overflow.right}px (${overflow.problem === 'wider' ? 'scherm' : 'afgesneden op'} ${overflow.width}px)`);
        }
      }
    }
    await page.close();
    return problems;
  }
  let walking: ReturnType<typeof walkEveryPage> | undefined;

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`no page is wider than the screen (${colorScheme})`, async () => {
      expect((await (walking ??= walkEveryPage()))[colorScheme]).toEqual([]);
    }, 240_000);
  }
});

/** The page with the most entries in "Op deze pagina": the hardest one to find one's way on. */
function longestPage(): { path: string; entries: number } {
  let longest = { path: '', entries: 0 };
  for (const path of builtPages()) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const aside = /<nav class="toc toc-aside"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const entries = (aside.match(/<li /g) ?? []).length;
    if (entries > longest.entries) longest = { path, entries };
  }
  return longest;
}

describe('"Op deze pagina" on the longest page', () => {
  const { path, entries } = longestPage();

  it('reaches every entry with the keyboard on a phone: a fold-out at the top of the article', async () => {
    expect(entries).toBeGreaterThan(20);
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(new URL(path.slice(1), site.server.url).href);
    const summary = page.locator('.toc-inline summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const links = page.locator('.toc-inline a');
    expect(await links.count()).toBe(entries);
    for (let i = 0; i < entries; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.toc-inline') !== null), `entry ${i + 1}`).toBe(true);
    }
    await links.nth(entries - 1).press('Enter');
    const target = (await links.nth(entries - 1).getAttribute('href'))!;
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    await page.close();
  });

  it('follows the reader on a laptop and every entry can be reached and seen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(new URL(path.slice(1), site.server.url).href);
    const links = page.locator('.toc-aside a');
    expect(await links.count()).toBe(entries + 1); // and "Naar boven"
    for (let i = 0; i < entries; i++) {
      await links.nth(i).focus();
      const box = (await links.nth(i).boundingBox())!;
      expect(box.y, `entry ${i + 1} in view`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `entry ${i + 1} in view`).toBeLessThanOrEqual(768);
    }
    // Reading on, halfway down the page: the list is still beside the text and shows where the reader is.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await expect.poll(() => page.locator('.toc-aside a[aria-current]').count()).toBe(1);
    await expect.poll(async () => (await page.locator('.toc-aside a[aria-current]').boundingBox())!.y).toBeGreaterThanOrEqual(0);
    expect((await page.locator('.toc-aside a[aria-current]').boundingBox())!.y).toBeLessThanOrEqual(768);
    await page.close();
  });
});

describe('pages do not jump while they load', () => {
  for (const viewport of [PHONE, { width: 1366, height: 768 }]) {
    it(`a concept page has a cumulative layout shift under 0.1 at ${viewport.width} px`, async () => {
      const page = await site.browser.newPage({ viewport });
      await page.goto(new URL('begrippen/ervaringskennis/', site.server.url).href, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 100);
          }),
      );
      expect(shift).toBeLessThan(0.1);
      await page.close();
    });
  }
});

describe('the page footer', () => {
  it('dates a citation with a space after "Geraadpleegd op", and the 404 page offers none', async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL('begrippen/pepper/', site.server.url).href);
    expect(await page.locator('.cite-page').textContent()).toMatch(/Geraadpleegd op \d{1,2} \w+ \d{4}, van/);
    await page.goto(new URL('deze-pagina-bestaat-niet/', site.server.url).href);
    expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden');
    expect(await page.locator('.cite-page, [data-copy-citation]').count()).toBe(0);
    await page.close();
  });
});
