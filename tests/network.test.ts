/**
 * Readers see how concepts connect: each concept, role and kerntaak page lists who links to it,
 * terms link to their pages at first mention, and links to concepts preview their summary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isConceptPage } from '../src/lib/content-model';
import { readPages } from '../src/lib/site-files';
import { useBuiltSite } from './support/built-site';
import { assertBuilt, DIST, ROOT } from './support/site';

describe('"Hier genoemd" (backlinks)', () => {
  assertBuilt();
  const pages = readPages(ROOT);
  // Independent of the build's own helper: the links as the content check parses them (remark).
  const expectedFor = (url: string) =>
    pages
      .filter((page) => page.url !== url && page.links.some((link) => link.url.split('#')[0] === url))
      .map((page) => page.url)
      .sort();
  const shownOn = (url: string) => {
    const html = readFileSync(join(DIST, url, 'index.html'), 'utf8');
    const section = /<section class="backlinks"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    return [...section.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!).sort();
  };
  const concepts = pages.filter(isConceptPage).map((page) => page.url);

  it.each(concepts)('%s lists exactly the pages whose text links to it', (url) => {
    expect(shownOn(url)).toEqual(expectedFor(url));
  });

  it('most concept pages are linked from somewhere', () => {
    expect(concepts.filter((url) => shownOn(url).length > 0).length).toBeGreaterThan(concepts.length * 0.9);
  });
});

describe('linked terms', () => {
  const site = useBuiltSite();
  const pages = readPages(ROOT);
  const termLinks = (url: string) =>
    [...readFileSync(join(DIST, url, 'index.html'), 'utf8').matchAll(/<a href="([^"]+)" class="term-link">([^<]*)<\/a>/g)].map((match) => ({ href: match[1]!, text: match[2]! }));

  it('link the first mention of glossary terms on the content pages, never to the page itself, each target once', () => {
    let total = 0;
    for (const page of pages) {
      const links = termLinks(page.url);
      total += links.length;
      expect(links.filter((link) => link.href.split('#')[0] === page.url), page.url).toEqual([]);
      expect(new Set(links.map((link) => link.href)).size, page.url).toBe(links.length);
    }
    expect(total).toBeGreaterThan(pages.length * 3);
  });

  it('are not inside headings and do not count as backlinks', () => {
    for (const page of pages) {
      const html = readFileSync(join(DIST, page.url, 'index.html'), 'utf8');
      expect(/<h[1-6][^>]*>(?:(?!<\/h[1-6]>)[\s\S])*class="term-link"/.test(html), page.url).toBe(false);
    }
    // Herstel is linked as a term on ONTDEC's page, but the page's own text does not link it.
    expect(termLinks('/praktijk/ontdec/').some((link) => link.href === '/begrippen/herstel/')).toBe(true);
    const ontdec = pages.find((page) => page.url === '/praktijk/ontdec/')!;
    const herstelBacklinks = readFileSync(join(DIST, 'begrippen/herstel/index.html'), 'utf8');
    const listed = /<section class="backlinks"[\s\S]*?<\/section>/.exec(herstelBacklinks)?.[0] ?? '';
    expect(listed.includes('href="/praktijk/ontdec/"')).toBe(ontdec.links.some((link) => link.url.startsWith('/begrippen/herstel/')));
  });

  describe('link previews', () => {
    it('open on focus with the target’s title and summary, close on Escape, and keep focus on the link', async () => {
      const page = await site.open('/praktijk/ontdec/');
      const link = page.locator('main a.term-link[href="/begrippen/herstel/"]');
      await link.focus();
      const box = page.locator('#linkvoorvertoning');
      await box.waitFor({ state: 'visible' });
      const target = await site.open('/begrippen/herstel/');
      const summary = (await target.locator('main .summary').textContent())!.trim();
      const title = (await target.locator('main h1').textContent())!.trim();
      expect(await box.locator('strong').textContent()).toBe(title);
      expect(((await box.locator('span').textContent()) ?? '').replace(/\s+/g, ' ')).toBe(summary.replace(/\s+/g, ' '));
      expect(await link.getAttribute('aria-describedby')).toBe('linkvoorvertoning');
      await page.keyboard.press('Escape');
      await box.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe('/begrippen/herstel/');
      expect(await link.getAttribute('aria-describedby')).toBeNull();
      await Promise.all([page.close(), target.close()]);
    });

    it('open on hover, and a click still follows the link', async () => {
      const page = await site.open('/begrippen/ervaringskennis/');
      const link = page.locator('main article a[href="/begrippen/pepper/"]').first();
      await link.hover();
      await page.locator('#linkvoorvertoning').waitFor({ state: 'visible' });
      expect(await page.locator('#linkvoorvertoning strong').textContent()).toBe('PEPPER');
      await Promise.all([page.waitForURL(/\/begrippen\/pepper\/$/), link.click()]);
      await page.close();
    });

    it('show nothing for links to other kinds of page', async () => {
      const page = await site.open('/begrippen/ervaringskennis/');
      await page.locator('main a[href^="/bronnen/"]').first().focus();
      await page.waitForTimeout(400);
      expect(await page.locator('#linkvoorvertoning').isVisible()).toBe(false);
      await page.close();
    });
  });

  it('the preview script stays under 3 kB gzip, and loads only when a link is first pointed at or focused', () => {
    const html = readFileSync(join(DIST, 'begrippen/ervaringskennis/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => readFileSync(join(DIST, match[1]!), 'utf8'));
    expect(scripts.filter((code) => code.includes('voorvertoningen.json'))).toEqual([]);
    const chunks = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(DIST, '_astro', file), 'utf8'));
    const preview = chunks.filter((code) => code.includes('voorvertoningen.json'));
    expect(preview.length).toBe(1);
    expect(gzipSync(preview[0]!).length).toBeLessThan(3 * 1024);
  });
});
