/**
 * Quality gates that need a browser: every page runs under a strict Content-Security-Policy,
 * requests nothing from another origin and loads no more than its budget counts, is readable and
 * navigable without JavaScript, and can be walked with the keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { htmlPages, weigh } from './support/page-budget';
import { search } from './support/search';
import { builtPages, DIST } from './support/site';

const site = useBuiltSite();
const url = (path: string) => new URL(path.slice(1), site.server.url).href;

/** Records every CSP violation on the page into `violations`, from before its first script runs. */
async function watchCsp(page: Page, violations: string[] = []): Promise<string[]> {
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

interface Walk {
  /** A page that walked, still open: the tests go on from where it is. */
  page: Page;
  violations: string[];
  /** Requests to another origin, from the start of the walk on. */
  foreign: string[];
  /** Scripts and style sheets a page loaded during the walk that its budget did not count. */
  uncounted: string[];
}

/**
 * Tabs that walk side by side. Most of a page's time in the walk is the half second without
 * requests that tells the network is idle, while the browser has nothing to do; three tabs wait
 * at the same time.
 */
const WALKING_TABS = 3;

/**
 * One walk over every page of the build with JavaScript, waiting each time until the network is
 * idle, watched three ways: Content-Security-Policy violations, requests to another origin, and
 * scripts and style sheets that the page budget did not count (tests/support/page-budget.ts, as
 * tests/budgets.test.ts weighs it). One walk for the three checks below instead of one each: a
 * walk costs ten seconds of CPU. The first check that needs it starts it.
 */
async function walkEveryPage(): Promise<Walk> {
  const violations: string[] = [];
  const foreign: string[] = [];
  const uncounted: string[] = [];
  const pages = htmlPages();
  let next = 0;
  const tabs = await Promise.all(
    Array.from({ length: WALKING_TABS }, async () => {
      const page = await site.browser.newPage();
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await watchCsp(page, violations);
      // What this tab's current page loaded; undefined once the tab has walked.
      let loaded: string[] | undefined;
      page.on('request', (request) => {
        const address = request.url();
        if (!address.startsWith(site.server.origin) && !/^(data|blob):/.test(address)) foreign.push(address);
        if (loaded && ['script', 'stylesheet'].includes(request.resourceType())) loaded.push(new URL(address).pathname);
      });
      for (let i = next++; i < pages.length; i = next++) {
        const path = pages[i]!;
        loaded = [];
        await page.goto(url(path));
        await page.waitForLoadState('networkidle');
        const counted = weigh(path).files;
        uncounted.push(...loaded.filter((file) => !counted.has(file)).map((file) => `${path}: ${file}`));
      }
      // From here on the tests search, and the budget leaves out what searching loads.
      loaded = undefined;
      return page;
    }),
  );
  await Promise.all(tabs.slice(1).map((tab) => tab.close()));
  return { page: tabs[0]!, violations, foreign, uncounted: uncounted.sort() };
}
let walking: Promise<Walk> | undefined;
const walkOnce = () => (walking ??= walkEveryPage());
afterAll(async () => {
  if (walking) await (await walking).page.close();
});

describe('Content-Security-Policy', () => {
  it('every page declares a policy of its own origin only, with no inline event handlers', () => {
    for (const path of builtPages()) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'(?: 'sha256-[^']+')*;/);
      expect(policy, path).not.toMatch(/unsafe-inline|https?:|\*/);
      expect(html, path).not.toMatch(/\son[a-z]+=["']/);
    }
  });

  it('nothing is blocked while reading, searching, marking, previewing and copying', async () => {
    const { page, violations } = await walkOnce();
    await page.goto(url('/begrippen/ervaringskennis/'));
    await search(page, 'zelfonthulling');
    await Promise.all([page.waitForURL(/markeer=/), page.locator('[data-search-results] > li > a').first().click()]);
    await page.locator('mark.zoekmarkering').first().waitFor();
    await page.locator('main article a[href="/begrippen/ervaring/"]').first().hover();
    await page.locator('#linkvoorvertoning').waitFor({ state: 'visible' });
    await page.locator('.heading-link').first().click();
    await page.goto(url('/zoeken/?q=pepper&sectie=Begrip'));
    await page.locator('[data-search-page-results] > li').first().waitFor();
    expect(violations).toEqual([]);
  }, 240_000);

  it('would report a blocked inline script (the check itself works)', async () => {
    const page = await site.browser.newPage();
    const violations = await watchCsp(page);
    await page.goto(url('/'));
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranInline = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { ranInline?: boolean }).ranInline)).toBeUndefined();
    await page.close();
  });
});

describe('privacy', () => {
  it('no page requests anything from another origin, also not while searching', async () => {
    const { page, foreign } = await walkOnce();
    await search(page, 'herstel');
    expect(foreign).toEqual([]);
  }, 240_000);
});

describe('what the browser really loads', () => {
  it('no page loads a script or style sheet that the budget did not count, before a search', async () => {
    expect((await walkOnce()).uncounted).toEqual([]);
  }, 240_000);
});

describe('without JavaScript', () => {
  it('every page shows its content, its navigation and working links', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of builtPages()) {
      await page.goto(url(path));
      const main = page.locator('main');
      expect(await main.isVisible(), path).toBe(true);
      expect((await main.innerText()).length, path).toBeGreaterThan(200);
      expect(await page.locator('header a[href="/"]').first().isVisible(), path).toBe(true);
      // Section navigation (the menu) is there, and "Alle onderwerpen" opens it.
      if (await page.locator('nav.section-nav').count()) {
        await page.locator('nav.section-nav summary').click();
        expect(await page.locator('nav.section-nav a').first().isVisible(), path).toBe(true);
      }
    }
    // Following links works: from a concept page by its table of contents and its section menu.
    await page.goto(url('/begrippen/ervaringskennis/'));
    const tocLink = page.locator('nav.toc a').first();
    const anchor = (await tocLink.getAttribute('href'))!;
    await tocLink.click();
    expect(new URL(page.url()).hash).toBe(anchor.slice(anchor.indexOf('#')));
    await page.locator('nav.section-nav summary').click();
    await Promise.all([page.waitForURL(/\/rollen\/$/), page.locator('nav.section-nav a[href="/rollen/"]').click()]);
    await context.close();
  });

  it('the search page says plainly that it needs JavaScript and links the glossary', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/zoeken/?q=pepper'));
    const notice = page.locator('main .notice');
    expect(await notice.innerText()).toMatch(/werkt alleen met JavaScript/);
    await Promise.all([page.waitForURL(/\/begrippenlijst\/$/), notice.locator('a[href="/begrippenlijst/"]').click()]);
    await context.close();
  });
});

describe('keyboard only', () => {
  /** One page of each kind, as the site map has them. */
  const pages = ['/', '/begrippen/ervaringskennis/', '/rollen/ondersteuner/', '/kerntaken/ondersteuning-in-contact/', '/visie/wat-is-ervaringskennis/', '/praktijk/ontdec/', '/begrippenlijst/', '/bronnen/', '/zoeken/', '/begrippen/kaart/', '/voor-docenten/'];
  /** Tab keys sent at a time on the walk; it ends after at most 800. */
  const BATCH = 40;

  interface Stop {
    /** The element's number in the order the walk first reached it: the same element, the same number. */
    n: number;
    tag: string;
    text: string;
    visible: boolean;
    indicator: boolean;
    id: string;
    href: string | null;
  }

  type Noting = Window & { focusedNow(): Stop | null; focusStops: (Stop | null)[]; noteStops: boolean; stopNumbers: WeakMap<Element, number> };

  /**
   * Puts two things in the page: `focusedNow()`, what has focus (null for nothing), whether it
   * is visible and whether it shows a focus indicator; and, once `noteStops` is set, a note in
   * `focusStops` at each Tab's keydown, before the browser moves focus, of where the Tab before
   * left it.
   */
  function installFocusNotes(): void {
    const window = globalThis as unknown as Noting;
    window.stopNumbers = new WeakMap();
    let reached = 0;
    window.focusedNow = () => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      let n = window.stopNumbers.get(element);
      if (n === undefined) window.stopNumbers.set(element, (n = reached++));
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const indicator = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || (style.boxShadow !== 'none' && style.boxShadow !== '');
      return { n, tag: element.tagName.toLowerCase(), text: (element.textContent ?? '').trim().slice(0, 40), visible: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden', indicator, id: element.id, href: element.getAttribute('href') };
    };
    window.focusStops = [];
    window.noteStops = false;
    window.addEventListener('keydown', (event) => void (window.noteStops && event.key === 'Tab' && window.focusStops.push(window.focusedNow())), true);
  }
  const focused = (page: Page) => page.evaluate(() => (window as unknown as Noting).focusedNow());

  /**
   * Tab keys, through DevTools as Playwright sends them, one after another as a keyboard sends
   * them: without a round trip to the page after each key, which cost half the CPU of the walk.
   */
  async function pressTab(devtools: CDPSession, times: number): Promise<void> {
    const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
    const sent: Promise<unknown>[] = [];
    for (let i = 0; i < times; i++) {
      sent.push(devtools.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }));
      sent.push(devtools.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }));
    }
    await Promise.all(sent);
  }

  it.each(pages)('%s: skip link first, visible focus everywhere, no trap', async (path) => {
    const page = await site.open(path);
    await page.evaluate(installFocusNotes);
    const devtools = await page.context().newCDPSession(page);
    await pressTab(devtools, 1);
    const first = await focused(page);
    expect(first?.href, 'the first Tab reaches the skip link').toBe('#inhoud');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    // Walk on from the start of the page: every stop is visible and shows where focus is.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
      (window as unknown as Noting).noteStops = true;
    });
    const seen: string[] = [];
    let firstStop: number | undefined;
    let leftPage = false;
    let pressed = 0;
    let before = true; // the first note is where the walk starts, before any Tab
    walk: while (pressed < 800) {
      await pressTab(devtools, BATCH);
      pressed += BATCH;
      const stops = await page.evaluate(() => (window as unknown as Noting).focusStops.splice(0));
      if (pressed >= 800) stops.push(await focused(page));
      for (const now of before ? stops.slice(1) : stops) {
        if (!now) {
          leftPage = true; // focus went past the last element: no trap
          break walk;
        }
        const label = `${now.tag} ${now.href ?? now.id} ${now.text}`;
        expect(now.visible, `${label} is visible when focused`).toBe(true);
        expect(now.indicator, `${label} shows a focus indicator`).toBe(true);
        // Back at the element it started with (the same element, not only the same text: a page
        // like /bronnen/ links to the same page many times): focus cycles through the whole page.
        if (now.n === firstStop && seen.length > 3) {
          leftPage = true;
          break walk;
        }
        firstStop ??= now.n;
        seen.push(label);
      }
      before = false;
    }
    expect(leftPage, `Tab reaches the end of ${path} (${seen.length} stops)`).toBe(true);
    expect(seen.length).toBeGreaterThan(3);
    expect(await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count(), 'no positive tabindex').toBe(0);
    await page.close();
  });
});
