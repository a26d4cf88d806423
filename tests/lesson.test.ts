/**
 * A trainer builds a lesson with the keyboard alone, shares its link, and students walk it as a
 * route; the link holds everything, survives nothing stored, and a tampered link stays harmless.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lessonInHash } from '../src/lib/lesson-address';
import { decodeLesson } from '../src/lib/lesson-link';
import { useBuiltSite } from './support/built-site';
import { decodeQr } from './support/qr';

const site = useBuiltSite();
const url = (path: string) => new URL(path.replace(/^\//, ''), site.server.url).href;

/** Moves keyboard focus forward until the focused element matches, as a keyboard user tabs. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluateHandle(() => document.activeElement).then((h) => h.evaluate(matches))) return;
  }
  throw new Error('focus never reached the element');
}

describe('the lesson builder', () => {
  it('builds a three-step lesson with the keyboard; its link opens the same lesson as a route in a fresh browser', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    await page.goto(url('/voor-docenten/les/'));
    await page.locator('.builder-catalogue details').first().waitFor();

    await tabTo(page, (el) => el.matches('[data-builder-title]'));
    await page.keyboard.type('Les 2: ervaringskennis');
    // By search: a page and a section.
    await tabTo(page, (el) => el.matches('[data-builder-search]'));
    await page.keyboard.type('pepper');
    await tabTo(page, (el) => el.matches('[data-builder-found] button') && el.getAttribute('aria-label') === 'Voeg toe: PEPPER');
    await page.keyboard.press('Enter');
    await page.locator('[data-builder-search]').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('ethisch');
    await tabTo(page, (el) => el.matches('[data-builder-found] button') && el.getAttribute('aria-label') === 'Voeg toe: PEPPER: Ethisch');
    await page.keyboard.press('Enter');
    // By browsing the sections of the menu.
    await page.locator('[data-builder-search]').focus();
    await tabTo(page, (el) => el.matches('.builder-catalogue summary') && (el.textContent ?? '').startsWith('Begrippen'));
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.getAttribute('aria-label') === 'Voeg toe: Ervaring');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-builder-steps] > li').count()).toBe(3);

    // Reorder: Ervaring from step 3 to step 1, with the keyboard.
    await page.locator('[data-builder-steps] > li').nth(2).locator('[data-step-up]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-builder-steps] [data-step-link]').allTextContents()).toEqual(['Ervaring', 'PEPPER', 'PEPPER: Ethisch']);
    const questions = ['Welke ervaringen tellen? <img src=x onerror=alert(1)>', 'Noem de zes kenmerken.', 'Wat is ethisch aan ervaringskennis?'];
    for (const [i, question] of questions.entries()) {
      await page.locator(`#vraag-stap-${i + 1}`).focus();
      await page.keyboard.type(question);
    }
    // Remove and add back the last step, so removing is walked too.
    await page.locator('[data-builder-steps] > li').nth(2).locator('[data-step-remove]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-builder-steps] > li').count()).toBe(2);
    await page.locator('[data-builder-search]').fill('ethisch');
    await page.locator('[data-builder-found] button[aria-label="Voeg toe: PEPPER: Ethisch"]').press('Enter');
    await page.locator('#vraag-stap-3').fill(questions[2]!);
    // The builder makes its link anew a moment after each change (it loads its encoder when first
    // needed): copy once the link it shows holds the whole lesson. (Copied sooner, on a busy
    // machine, it was the link from before the last change.)
    const shownQuestions = async () => {
      const code = lessonInHash(new URL(await page.locator('[data-builder-link]').inputValue()).hash)?.code ?? '';
      return decodeLesson(code, new Set(['/begrippen/ervaring/', '/begrippen/pepper/'])).lesson.steps.map((step) => step.question);
    };
    await expect.poll(shownQuestions).toEqual(questions);

    await page.locator('[data-builder-copy]').press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#les=/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await page.locator('[data-builder-link]').inputValue());
    expect(link.length).toBeLessThan(600);
    await context.close();

    // A student, in a fresh browser: nothing stored, everything from the link.
    const fresh = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const student = await fresh.newPage();
    const errors: string[] = [];
    student.on('pageerror', (error) => errors.push(error.message));
    student.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await student.goto(link);
    await expect.poll(() => student.locator('[data-lesson-title]').textContent()).toBe('Les: Les 2: ervaringskennis');
    expect(await student.locator('[data-lesson-steps] > li h3 a').allTextContents()).toEqual(['Ervaring', 'PEPPER', 'PEPPER: Ethisch']);
    expect(await student.locator('[data-lesson-steps] .route-question').allTextContents()).toEqual(questions.map((q) => `Om te bespreken: ${q}`));
    await student.locator('[data-lesson-start]').click();
    for (let i = 0; i < 3; i++) {
      // The banner of the step before stays until the next one replaces it (at once for a new
      // page, a moment after the # changes for a section of the same page): wait for this step's.
      const banner = student.locator('.lesson-banner');
      await expect.poll(() => banner.locator('.route-banner-count').textContent()).toBe(`Stap ${i + 1} van 3`);
      expect(await banner.textContent()).toContain('Les: Les 2: ervaringskennis');
      expect(await banner.textContent()).toContain(questions[i]);
      if (i < 2) await student.locator('.lesson-prev-next a.next').click();
    }
    expect(new URL(student.url()).pathname).toBe('/begrippen/pepper/');
    expect(await student.locator('article img[src="x"]').count()).toBe(0);
    await student.locator('.lesson-prev-next a.next').click();
    await student.locator('[data-lesson-title]').waitFor();
    expect(new URL(student.url()).pathname).toBe('/voor-docenten/les/');

    // The handout: each step's address with a QR code that opens it, and one for the whole lesson.
    await student.emulateMedia({ media: 'print' });
    const blocks = student.locator('[data-step-address]');
    await blocks.first().locator('svg').waitFor({ state: 'attached' });
    expect(await blocks.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const address = (await blocks.nth(i).getAttribute('data-step-address'))!;
      expect(await blocks.nth(i).textContent()).toContain(address);
      expect(await decodeQr(blocks.nth(i).locator('svg'))).toBe(address);
    }
    expect(await blocks.nth(2).getAttribute('data-step-address')).toMatch(/\/begrippen\/pepper\/#ethisch$/);
    expect(errors).toEqual([]);
    await fresh.close();
  });

  it('a tampered or truncated link shows a clear message and what could still be read, never a script', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(url('/voor-docenten/les/#les=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'));
    const problems = page.locator('[data-lesson-problems]');
    await expect.poll(() => problems.isVisible()).toBe(true);
    expect(await problems.textContent()).toMatch(/geen les/);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    // A real lesson link, cut off halfway as a chat program might.
    await page.goto(url('/voor-docenten/les/'));
    for (const name of ['Ervaring', 'Ervaringskennis', 'Ervaringsdeskundigheid', 'Collectieve ervaringskennis']) {
      await page.locator('[data-builder-search]').fill(name);
      await page.locator(`[data-builder-found] button[aria-label="Voeg toe: ${name}"]`).click();
    }
    for (let i = 1; i <= 4; i++) await page.locator(`#vraag-stap-${i}`).fill(`Een vraag bij stap ${i} die lang genoeg is om de link wat langer te maken dan een paar tekens.`);
    await expect.poll(() => page.locator('[data-builder-link]').inputValue()).toMatch(/#les=/);
    const link = await page.locator('[data-builder-link]').inputValue();
    await page.goto('about:blank');
    await page.goto(link.slice(0, link.indexOf('#les=') + 5 + Math.floor((link.length - link.indexOf('#les=') - 5) * 0.6)));
    await expect.poll(() => problems.isVisible()).toBe(true);
    expect(await problems.textContent()).toMatch(/niet compleet/);
    const read = await page.locator('[data-lesson-steps] > li').count();
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript, says so and offers the fixed routes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/voor-docenten/les/'));
    expect(await page.locator('[data-lesson-fallback]').textContent()).toContain('JavaScript');
    expect(await page.locator('[data-lesson-fallback] a').count()).toBeGreaterThanOrEqual(4);
    await context.close();
  });
});
