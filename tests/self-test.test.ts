/**
 * "Test jezelf" on every concept, role and kerntaak page: at least three questions, each answer
 * hidden until asked for (also without JavaScript), each linking to a section of its own page; on
 * paper a worksheet without the answers; never in search excerpts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './support/built-site';
import { builtPages, DIST, idsIn } from './support/site';

const site = useBuiltSite();
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const isRedirect = (path: string) => /http-equiv="refresh"/.test(html(path));
const pagesWithSelfTest = builtPages().filter(
  (path) => /^\/(begrippen|rollen|kerntaken)\//.test(path) && !['/begrippen/', '/begrippen/kaart/', '/begrippen/voorvertoningen.json/'].includes(path) && !isRedirect(path),
);

describe('Test jezelf', () => {
  it('covers every concept, role and kerntaak page', () => {
    expect(pagesWithSelfTest.length).toBeGreaterThanOrEqual(26);
  });

  it.each(pagesWithSelfTest)('%s has #test-jezelf with at least three questions that link to its own sections', (path) => {
    const page = html(path);
    const section = /<section class="self-test"[^>]*>([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
    expect(section, 'a Test jezelf section').toContain('id="test-jezelf"');
    const questions = section.match(/<details>/g) ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(3);
    const ids = idsIn(page);
    const links = [...section.matchAll(/<p class="self-test-more"><a href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBe(questions.length);
    for (const id of links) expect(ids.has(id), `#${id} on ${path}`).toBe(true);
    // Not indexed: search excerpts show the page's text, not its quiz.
    expect(/<section class="self-test"[^>]*data-pagefind-ignore/.test(page)).toBe(true);
  });

  it('shows an answer only when asked for, also without JavaScript, and prints as a worksheet', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('begrippen/ervaringskennis/', site.server.url).href);
    const first = page.locator('.self-test details').first();
    const answer = first.locator('.self-test-answer');
    expect(await answer.isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await answer.isVisible()).toBe(true);
    await first.locator('.self-test-more a').click();
    expect(new URL(page.url()).hash).toMatch(/^#[a-z0-9-]+$/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.self-test summary').first().isVisible()).toBe(true);
    expect(await page.locator('.self-test-answer:visible').count()).toBe(0);
    expect(await page.locator('.self-test-lines').first().isVisible()).toBe(true);
    await context.close();
  });
});
