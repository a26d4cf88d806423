/**
 * Reading offline (issue 22): after one visit to the home page the service worker has stored the
 * site; offline, pages never visited open and search works. A new build reaches the reader with a
 * notice, and only when the reader chooses. Runs on a copy of dist/, which the update test changes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../src/integrations/service-worker';
import { chromiumForFile, type TestBrowser } from './support/browser';
import { search } from './support/search';
import { serve, type RunningServer } from './support/server';
import { assertBuilt, DIST } from './support/site';

let copy: string;
let server: RunningServer;
let browser: TestBrowser;

beforeAll(async () => {
  assertBuilt();
  copy = mkdtempSync(join(tmpdir(), 'kennisbank-offline-'));
  cpSync(DIST, copy, { recursive: true });
  server = await serve(copy);
  browser = await chromiumForFile();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Opens the home page in a fresh context and waits until the worker controls it (the site is stored). */
async function firstVisit(): Promise<{ context: BrowserContext; page: Page; beforeLoad: string[]; afterLoad: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const beforeLoad: string[] = [];
  const afterLoad: string[] = [];
  let loaded = false;
  page.on('load', () => (loaded = true));
  context.on('request', (request) => void (loaded ? afterLoad : beforeLoad).push(new URL(request.url()).pathname));
  await page.goto(server.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  return { context, page, beforeLoad, afterLoad };
}

describe('offline after one visit', () => {
  // The one visit, which the tests below look at in turn (storing the site costs seconds of CPU).
  let visit: Awaited<ReturnType<typeof firstVisit>>;
  beforeAll(async () => {
    visit = await firstVisit();
  });
  afterAll(() => visit?.context.close());

  it('stores the site only after the page has loaded', () => {
    const { beforeLoad, afterLoad } = visit;
    expect(beforeLoad).not.toContain('/sw.js');
    expect(beforeLoad.filter((path) => path.startsWith('/zoeken/resultaten/'))).toEqual([]);
    // The worker's own requests are seen too: the check above can fail.
    expect(afterLoad).toContain('/sw.js');
    expect(afterLoad.filter((path) => path.startsWith('/zoeken/resultaten/')).length).toBeGreaterThan(100);
  });

  it('opens three pages never visited and searches, without a connection', async () => {
    const { context, page } = visit;
    await context.setOffline(true);
    for (const [path, title] of [['begrippen/pepper/', 'PEPPER'], ['rollen/ondersteuner/', undefined], ['begrippenlijst/', 'Begrippenlijst']] as const) {
      const other = await context.newPage();
      await other.goto(server.url + path);
      const h1 = (await other.locator('h1').textContent())?.trim();
      expect(h1, path).toBeTruthy();
      if (title) expect(h1).toBe(title);
      // Really offline: what the worker did not store does not load.
      expect(await other.evaluate(() => fetch('/robots.txt').then(() => 'geladen', () => 'mislukt'))).toBe('mislukt');
      await other.close();
    }
    // Search: the engine, its index and the result cards come from the store too.
    const results = await search(page, 'zelfonthulling');
    expect(results[0]).toBe('/begrippen/zelfonthulling/');
    await page.goto(`${server.url}zoeken/?q=herstel`);
    await page.waitForSelector('[data-search-page-results] > li > a');
    expect(await page.locator('[data-search-page-results] > li').count()).toBeGreaterThan(0);
  });

  it('has a web app manifest with an icon, under the site', async () => {
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.webmanifest'), 'utf8')) as { start_url: string; scope: string; icons: { src: string; sizes: string }[] };
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    expect(manifest.icons.find((icon) => icon.sizes === '512x512')).toBeDefined();
    const home = readFileSync(join(copy, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  });
});

describe('a new build', () => {
  it('reaches the reader: a notice, and the new version when the reader chooses it', async () => {
    const { context, page } = await firstVisit();
    // A new build: a changed page and the worker that Workbox writes for it.
    const file = join(copy, 'begrippen/pepper/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<h1 data-pagefind-meta="title">PEPPER</h1>', '<h1 data-pagefind-meta="title">PEPPER (nieuw)</h1>'));
    await writeServiceWorker(copy);

    const reader = await context.newPage();
    await reader.goto(`${server.url}begrippen/pepper/`);
    // Until the reader chooses, the stored version stays.
    expect(await reader.locator('h1').textContent()).toBe('PEPPER');
    const notice = reader.locator('[data-update-notice]');
    await notice.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await notice.textContent()).toContain('Er is een nieuwe versie van de kennisbank.');
    // The other tab did not ask, so it is left alone.
    await Promise.all([reader.waitForEvent('load', { timeout: 60_000 }), reader.getByRole('button', { name: 'Nu bijwerken' }).click()]);
    expect(await reader.locator('h1').textContent()).toBe('PEPPER (nieuw)');
    expect(page.isClosed()).toBe(false);
    await context.close();
  });
});
