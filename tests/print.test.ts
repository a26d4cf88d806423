/**
 * Trainers print pages as handouts: on A4 nothing may run off the paper or be cut off by a box,
 * and a concept page stays a handout of a few pages rather than a booklet.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { findOverflows } from './support/layout';
import { pdfPageCount } from './support/pdf';
import { builtPages } from './support/site';

const site = useBuiltSite();
/** The text area of A4 with the site's print margins (210 mm − 2 × 16 mm) in CSS pixels. */
const A4_TEXT_WIDTH = Math.floor((178 / 25.4) * 96);

describe('printed on A4', () => {
  it('no page has an element wider than the paper or cut off by a box', async () => {
    const page = await site.browser.newPage({ viewport: { width: A4_TEXT_WIDTH, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    const problems: string[] = [];
    for (const path of builtPages()) {
      await page.goto(new URL(path.slice(1), site.server.url).href);
      for (const overflow of await findOverflows(page, { onPaper: true })) {
        problems.push(`${path}: ${overflow.element} reikt tot ${overflow.right}px (${overflow.problem === 'wider' ? 'papier' : 'afgesneden op'} ${overflow.width}px)`);
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 240_000);

  it('keeps link lists off paper and prints a concept page in a few pages', async () => {
    const page = await site.open('/begrippen/pepper/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.backlinks').isVisible()).toBe(false);
    const pages = pdfPageCount(await page.pdf({ preferCSSPageSize: true }));
    expect(pages).toBeLessThanOrEqual(5);
    await page.close();
  });
});
