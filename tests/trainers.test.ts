/**
 * What a trainer relies on when a page goes into a lesson: a citation of the exact section, a
 * printed handout that leads back online, and a tidy preview when the link is shared in a chat or
 * learning environment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { builtPages, builtSiteUrl, DIST } from './support/site';

const site = useBuiltSite();
/** QR codes and link previews need full addresses: a build with SITE_URL, as npm test makes (tests/trust.test.ts checks a build without). */
const withSiteUrl = builtSiteUrl() !== undefined;

describe('citing a section', () => {
  it('"Citeer deze pagina" on a section link cites page and section, with the anchor', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    await page.goto(new URL('begrippen/pepper/#ethisch', site.server.url).href);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.getByRole('button', { name: 'Citeer deze pagina' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(new RegExp(`^Kennisbank Ervaringskennis\\. \\(\\d{4}, \\d+ \\w+\\)\\. PEPPER: Ethisch\\. Geraadpleegd op \\d+ \\w+ \\d{4}, van ${canonical!.replace(/[.]/g, '\\.')}#ethisch$`));
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Bronvermelding (APA) van deze sectie gekopieerd');
    await context.close();
  });
});

describe('a printed handout', () => {
  it.runIf(withSiteUrl)('shows the article with a QR code and the URL, and no navigation', async () => {
    const page = await site.open('/begrippen/pepper/');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const qr = page.locator('.print-link svg');
    expect(await qr.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await qr.isVisible()).toBe(true);
    const box = await qr.boundingBox();
    expect(box?.width).toBeGreaterThan(60); // about 24 mm: large enough for a phone camera
    expect(await page.locator('.print-link').textContent()).toContain(canonical);
    for (const chrome of ['.site-header', '.section-nav', '.page-aside', '.prev-next', '.page-actions']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expect(await page.locator('article .summary').isVisible()).toBe(true);
    expect(await page.locator('#bronnen-van-deze-pagina').isVisible()).toBe(true);
    await page.close();
  });

  it('fits A4: the print output is a PDF of A4 pages', async () => {
    const page = await site.open('/begrippen/pepper/');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // About 595 × 842 points is A4 in PDF units (US Letter would be 612 × 792).
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);
    await page.close();
  });
});

describe('link previews', () => {
  const pages = builtPages().filter((path) => path !== '/404/' && !/http-equiv="refresh"/.test(readFileSync(join(DIST, path, 'index.html'), 'utf8')));

  it.runIf(withSiteUrl).each(pages)('%s has a description, canonical URL and a social image that exists', (path) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const meta = (attr: string) => new RegExp(`<meta (?:name|property)="${attr}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta('description')?.length).toBeGreaterThan(20);
    expect(meta('og:description')).toBe(meta('description'));
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toBe(meta('og:url'));
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = new URL(meta('og:image') ?? '').pathname;
    const file = join(DIST, image);
    expect(existsSync(file), `${image} for ${path}`).toBe(true);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  });
});
