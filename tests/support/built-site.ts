import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumForFile, type TestBrowser } from './browser';
import { serve, type RunningServer } from './server';
import { assertBuilt, DIST } from './site';

export interface BuiltSite {
  readonly browser: TestBrowser;
  readonly server: RunningServer;
  /** Opens a site path (`/begrippen/`) in a new page. */
  open(path: string, options?: Parameters<TestBrowser['newPage']>[0]): Promise<Page>;
  /** Opens a site path and waits until the network is idle; `requested` keeps growing after. */
  openRecordingRequests(path: string): Promise<{ page: Page; requested: string[] }>;
}

/** The built dist/ served locally, and Chromium, for the test file that calls this. */
export function useBuiltSite(): BuiltSite {
  let browser: TestBrowser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    assertBuilt();
    server = await serve(DIST);
    browser = await chromiumForFile();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const urlOf = (path: string) => new URL(path.replace(/^\//, ''), site.server.url).href;
  const site: BuiltSite = {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    async open(path, options = {}) {
      const page = await site.browser.newPage(options);
      await page.goto(urlOf(path));
      return page;
    },
    async openRecordingRequests(path) {
      const page = await site.browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(urlOf(path));
      await page.waitForLoadState('networkidle');
      return { page, requested };
    },
  };
  return site;
}
