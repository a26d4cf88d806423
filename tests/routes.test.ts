/**
 * A trainer's lesson route, walked as students walk it: from the route page through every step,
 * each page saying where in the route it is and leading on; printed, the route is a handout
 * whose QR codes open the steps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { pdfPageCount } from './support/pdf';
import { decodeQr } from './support/qr';
import { builtSiteUrl, ROOT } from './support/site';

const site = useBuiltSite();
const routeIds = readdirSync(join(ROOT, 'content/leerroutes'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''))
  .sort();
const routeData = (id: string) =>
  parseYaml(readFileSync(join(ROOT, 'content/leerroutes', `${id}.yaml`), 'utf8')) as { title: string; steps: { page: string; question: string }[] };

const pathOf = (page: Page) => new URL(page.url()).pathname;
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('lesson routes keep their readers', () => {
  it('there are routes to walk', () => {
    expect(routeIds.length).toBeGreaterThanOrEqual(4);
  });

  for (const id of routeIds) {
    it(`${id}: every step says where it is in the route, asks its question and leads on to the next step`, async () => {
      const route = routeData(id);
      const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(new URL(`voor-docenten/${id}/`, site.server.url).href);
      await page.locator('.route-start-link').click();
      const total = route.steps.length;
      for (const [i, step] of route.steps.entries()) {
        expect(pathOf(page), `step ${i + 1}`).toBe(step.page.split('#')[0]);
        expect(new URL(page.url()).searchParams.get('route')).toBe(id);
        const banner = page.locator(`.route-banner[data-route-step="${id}"]`);
        await expect.poll(() => banner.isVisible(), { message: `banner of step ${i + 1} of ${id}` }).toBe(true);
        expect(normalise(await banner.locator('.route-banner-count').textContent())).toBe(`Stap ${i + 1} van ${total}`);
        expect(normalise(await banner.textContent())).toContain(normalise(step.question));
        // The way back to the route, at the top and (on the last step) at the bottom.
        expect(await banner.locator(`a[href$="/voor-docenten/${id}/"]`).count()).toBeGreaterThan(0);
        // The section's own previous/next gives way to the route's.
        expect(await page.locator('.prev-next:not([data-route-step])').isVisible()).toBe(false);
        const bottom = page.locator(`.route-prev-next[data-route-step="${id}"]`);
        expect(await bottom.isVisible()).toBe(true);
        if (i < total - 1) {
          await bottom.locator('a.next').click();
          await page.waitForURL((url) => url.pathname === route.steps[i + 1]!.page.split('#')[0]);
        } else {
          await bottom.locator('a.next').click();
          await page.waitForURL((url) => url.pathname.endsWith(`/voor-docenten/${id}/`));
        }
      }
      await page.close();
    });
  }

  it('the same page opened without a route looks as always, and an unknown route says so in plain text', async () => {
    const page = await site.open('/begrippen/ervaringskennis/');
    expect(await page.locator('.route-banner:visible').count()).toBe(0);
    expect(await page.locator('.prev-next:not([data-route-step])').isVisible()).toBe(true);
    await page.goto(new URL('begrippen/ervaringskennis/?route=<img src=x onerror=alert(1)>', site.server.url).href);
    const notice = page.locator('.route-unknown');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('article img[src="x"]').count()).toBe(0);
    await page.close();
  });

  it('routes are in the menu and at the top of the page for trainers', async () => {
    const page = await site.open('/begrippen/ervaring/');
    for (const id of routeIds) expect(await page.locator(`.section-nav a[href="/voor-docenten/${id}/"]`).count(), id).toBe(1);
    await page.goto(new URL('voor-docenten/', site.server.url).href);
    const firstRouteLink = page.locator(`main a[href="/voor-docenten/${routeIds[0]}/"]`).first();
    const box = (await firstRouteLink.boundingBox())!;
    expect(box.y, 'a route link within the first two screens of /voor-docenten/').toBeLessThan(2 * 768);
    await page.close();
  });
});

describe('a route prints as one handout', () => {
  for (const id of routeIds) {
    it.runIf(builtSiteUrl() !== undefined)(`${id}: every step with its address and a QR code that opens it, in a few pages`, async () => {
      const route = routeData(id);
      const page = await site.open(`/voor-docenten/${id}/`);
      await page.emulateMedia({ media: 'print' });
      const addresses = page.locator('[data-step-address]');
      expect(await addresses.count()).toBe(route.steps.length);
      for (const [i, step] of route.steps.entries()) {
        const block = addresses.nth(i);
        const address = (await block.getAttribute('data-step-address'))!;
        expect(new URL(address).pathname).toBe(step.page.split('#')[0]);
        expect(new URL(address).searchParams.get('route')).toBe(id);
        expect(await block.locator('span').textContent()).toBe(address);
        expect(await block.locator('svg').isVisible()).toBe(true);
        expect(await decodeQr(block.locator('svg')), `QR code of step ${i + 1}`).toBe(address);
        expect(normalise(await page.locator(`#stap-${i + 1} .route-question`).textContent())).toContain(normalise(step.question));
      }
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdfPageCount(pdf)).toBeLessThanOrEqual(4);
      await page.close();
    });
  }
});
