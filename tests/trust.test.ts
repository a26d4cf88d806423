/**
 * Issue 22, on the built site: every content page says when it last changed (from git), the
 * change log lists changes, the accessibility statement names the checks the tests run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPages } from '../src/lib/site-files';
import { DIST, ROOT } from './support/site';

const contentPages = readPages(ROOT).map((page) => page.url);
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

describe('Laatst bijgewerkt', () => {
  it.each(contentPages)('%s shows the date of its last change, also in its citation', (path) => {
    const page = html(path);
    const date = /<p class="last-updated"[^>]*>Laatst bijgewerkt op <time datetime="(\d{4}-\d{2}-\d{2})">(\d{1,2} \p{L}+ (\d{4}))<\/time>/u.exec(page);
    expect(date, `${path} has no "Laatst bijgewerkt"`).not.toBeNull();
    const [, , label, year] = date!;
    const [day, month] = label!.split(' ');
    expect(page).toContain(`Kennisbank Ervaringskennis. (${year}, ${day} ${month}).`);
  });
});

describe('/wijzigingen/', () => {
  it('lists the pages changed per day, newest first, with links', () => {
    const page = html('/wijzigingen/');
    const days = [...page.matchAll(/data-change-day="([\d-]+)"/g)].map((m) => m[1]!);
    expect(days.length).toBeGreaterThan(0);
    expect([...days].sort().reverse()).toEqual(days);
    expect(page).toMatch(/<li data-change-page="\/begrippen\/pepper\/"><a href="\/begrippen\/pepper\/">PEPPER<\/a>/);
  });
});
