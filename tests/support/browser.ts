import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the background services off (this machine has no network).
 * Service workers are blocked unless a test asks for them (`serviceWorkers: 'allow'`, as
 * tests/offline.test.ts does): the site's worker would otherwise store the whole site in every
 * fresh browser context the tests open.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
  return browser;
}
