/**
 * The site as an organisation might host it: under a sub-path (/kennisbank/), on another domain,
 * after a page was renamed. A copy of the project is built that way in a temporary folder: the
 * page "Waarden" moves to /begrippen/kernwaarden/ (with `redirectFrom`) and one of its headings is
 * renamed (with an alias anchor). Old links must still arrive; every link, asset, search result
 * and QR code must respect the sub-path.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContract, parseContract, readPublishedSite } from '../src/lib/url-contract';
import { brokenLinks } from './support/links';
import { chromiumForFile, type TestBrowser } from './support/browser';
import { search } from './support/search';
import { buildCopy, copyProject } from './support/project-copy';
import { serve, type RunningServer } from './support/server';
import { buildEnv, ROOT } from './support/site';

const BASE = '/kennisbank/';

const SITE = 'https://voorbeeld.example';
let project: string;
let dist: string;
let server: RunningServer;
let browser: TestBrowser;

beforeAll(async () => {
  project = copyProject('subpath');
  // Rename the page and one heading, the way an author is told to in content/README.md.
  const oldFile = join(project, 'content/begrippen/waarden.mdx');
  const text = readFileSync(oldFile, 'utf8')
    .replace(/^kind: begrip$/m, 'kind: begrip\nredirectFrom: [/begrippen/waarden/]')
    .replace(/^## Vrije ruimte$/m, '<Anchor id="vrije-ruimte" />\n\n## Ruimte om vrij te spreken');
  writeFileSync(join(project, 'content/begrippen/kernwaarden.mdx'), text);
  rmSync(oldFile);
  await buildCopy(project, { ...buildEnv(), BASE_PATH: BASE, SITE_URL: SITE, CONTACT: 'toegankelijkheid@voorbeeld.example' });
  dist = join(project, 'dist');
  server = await serve(dist, BASE);
  browser = await chromiumForFile();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a renamed page', () => {
  it('keeps every address of the URL contract working', () => {
    const contract = parseContract(readFileSync(join(ROOT, 'tests/url-contract.txt'), 'utf8'));
    expect(contract).toContain('/begrippen/waarden/#vrije-ruimte');
    expect(checkContract(contract, readPublishedSite(dist, BASE)).broken).toEqual([]);
  });

  it('sends a reader who follows an old section link to the new page and section', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}begrippen/waarden/#vrije-ruimte`);
    await page.waitForURL(/kernwaarden/);
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`${BASE}begrippen/kernwaarden/#vrije-ruimte`);
    await page.close();
  });

  it('still arrives without JavaScript, and the old URL is not in the sitemap', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}begrippen/waarden/`);
    await page.waitForURL(/kernwaarden/);
    expect(await page.locator('h1').textContent()).toBe('Waarden');
    await context.close();
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${SITE}${BASE}begrippen/kernwaarden/`);
    expect(sitemap).not.toContain(`${SITE}${BASE}begrippen/waarden/`);
  });
});

describe('under a sub-path', () => {
  it('every internal link, asset and anchor on every page resolves inside the sub-path', () => {
    expect(brokenLinks(dist, { base: BASE, site: SITE })).toEqual([]);
  });

  it('search finds pages and links to them inside the sub-path', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}begrippen/`);
    const results = await search(page, 'PEPPER');
    expect(results[0]).toBe(`${BASE}begrippen/pepper/`);
    await page.close();
  });

  it('QR codes and social images point inside the sub-path', () => {
    const html = readFileSync(join(dist, 'begrippen/pepper/index.html'), 'utf8');
    expect(/data-print-url="([^"]+)"/.exec(html)?.[1]).toBe(`${SITE}${BASE}begrippen/pepper/`);
    expect(/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]).toBe(`${SITE}${BASE}og/begrippen/pepper.png`);
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toBe(`${SITE}${BASE}begrippen/pepper/`);
  });

  it('works offline under the sub-path, where the worker has its scope', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.url);
    await context.setOffline(true);
    await page.goto(`${server.url}begrippen/kernwaarden/`);
    expect(await page.locator('h1').textContent()).toBe('Waarden');
    await context.close();
  });

  it('CONTACT gives the accessibility statement its address and a security.txt', () => {
    expect(readFileSync(join(dist, 'toegankelijkheid/index.html'), 'utf8')).toContain('<a href="mailto:toegankelijkheid@voorbeeld.example">');
    const securityTxt = readFileSync(join(dist, '.well-known/security.txt'), 'utf8');
    expect(securityTxt).toMatch(/^Contact: mailto:toegankelijkheid@voorbeeld\.example\nExpires: \d{4}-\d\d-\d\dT[\d:]+Z\n/);
    expect(securityTxt).toContain(`Canonical: ${SITE}${BASE}.well-known/security.txt`);
  });
});
