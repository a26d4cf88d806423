import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/**
 * Debian's Chromium as its headless shell (package chromium-headless-shell, which
 * scripts/ensure-chromium.sh installs), with the background services off (this machine has no
 * network). The shell is the same Chromium (Blink and V8, same version) without the browser
 * around the page, as Playwright itself runs Chromium headless; the keyboard walk in
 * tests/gates.test.ts stops at the same elements in the same order in both. The site tests are
 * bound by CPU, and the full browser (headless) cost four times the CPU for a new page (0.8 s
 * against 0.2 s), 1.6 times for a page load in a tab and for a Tab key.
 * CHROMIUM_PATH=/usr/bin/chromium runs the tests in the full browser.
 * Service workers are blocked unless a test asks for them (`serviceWorkers: 'allow'`, as
 * tests/offline.test.ts does): the site's worker would otherwise store the whole site in every
 * fresh browser context the tests open.
 */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
  return browser;
}

/** Chromium as one test file sees it: fresh contexts and pages, and `close()` for what it opened. */
export interface TestBrowser {
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Closes the contexts and pages this file opened; the worker's Chromium stays for the next file. */
  close(): Promise<void>;
}

/** The Chromium of this Vitest worker: the site project does not isolate files, so it outlives a file. */
let workerChromium: Promise<Browser> | undefined;

function launchOnce(): Promise<Browser> {
  if (!workerChromium) {
    const launching = launchChromium();
    workerChromium = launching;
    // A browser that crashed or failed to start is launched again for the next file.
    const forget = () => {
      if (workerChromium === launching) workerChromium = undefined;
    };
    launching.then((browser) => browser.on('disconnected', forget), forget);
  }
  return workerChromium;
}

/**
 * Chromium for one test file: every context, and every page (which has a context of its own), is
 * fresh, as in a browser of its own. The browser itself is launched once per worker (a launch
 * costs about a second of CPU); the files of one worker run one after another, so two files never
 * use it, or its clipboard, at the same time. Playwright ends it when the worker exits.
 */
export async function chromiumForFile(): Promise<TestBrowser> {
  const browser = await launchOnce();
  const opened = new Set<BrowserContext>();
  const track = (context: BrowserContext) => {
    opened.add(context);
    context.on('close', () => opened.delete(context));
  };
  return {
    async newContext(options) {
      const context = await browser.newContext(options);
      track(context);
      return context;
    },
    async newPage(options) {
      // As Browser.newPage does: the page gets a context of its own, which closes with the page.
      const page = await browser.newPage(options);
      track(page.context());
      return page;
    },
    async close() {
      await Promise.all([...opened].map((context) => context.close()));
    },
  };
}
