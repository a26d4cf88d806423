/**
 * Issue 22 on the built site: every content page says when it last changed (from git), the change
 * log lists changes, the accessibility statement names the checks the tests really run. And on a
 * temporary copy of the project: a test commit shows up in the change log and as the page's date,
 * and a build without SITE_URL names no invented domain.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESSIBILITY_CHECKS } from '../src/data/accessibility-checks';
import { readPages } from '../src/lib/site-files';
import { buildCopy, copyProject } from './support/project-copy';
import { buildEnv, builtPages, DIST, ROOT } from './support/site';

const contentPages = readPages(ROOT).map((page) => page.url);
const read = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const html = (path: string) => read(DIST, path);

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

describe('/toegankelijkheid/', () => {
  it('is linked from every footer', () => {
    const missing = builtPages().filter((path) => {
      const page = html(path);
      return !/http-equiv="refresh"/.test(page) && !/<footer[\s\S]*href="\/toegankelijkheid\/"[\s\S]*<\/footer>/.test(page);
    });
    expect(missing).toEqual([]);
  });

  it.each(ACCESSIBILITY_CHECKS.map((check) => [check.title, check] as const))('names a check the tests really run: %s', (_title, check) => {
    const file = join(ROOT, 'tests', check.test);
    expect(existsSync(file), `tests/${check.test}`).toBe(true);
    expect(readFileSync(file, 'utf8'), `tests/${check.test} no longer contains "${check.evidence}"`).toContain(check.evidence);
    expect(html('/toegankelijkheid/')).toContain(`<strong>${check.title}.</strong>`);
  });

  it('follows the model: aim, status, tests, known problems, how to report one', () => {
    const headings = [...html('/toegankelijkheid/').matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(headings.slice(0, 5)).toEqual(['doel', 'status', 'getest', 'bekende-problemen', 'melden']);
    expect(html('/toegankelijkheid/')).toContain('WCAG) 2.2 op niveau AA');
  });
});

describe('a copy of the project with a test commit, built without SITE_URL or CONTACT', () => {
  let project: string;
  let dist: string;
  let output = '';
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project, env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@voorbeeld.example', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@voorbeeld.example', GIT_AUTHOR_DATE: '2026-01-01T10:00:00+01:00', GIT_COMMITTER_DATE: dateOfCommit } });
  let dateOfCommit = '2026-01-01T10:00:00+01:00';

  beforeAll(async () => {
    project = copyProject('trust');
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'Alles');
    const file = join(project, 'content/begrippen/herstel.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nEen zin uit een testwijziging.\n`);
    dateOfCommit = '2026-03-04T10:00:00+01:00';
    git('commit', '-q', '-am', 'Testwijziging\n\nWijziging: Een zin toegevoegd bij herstel');
    const env = buildEnv();
    delete env.SITE_URL;
    delete env.CONTACT;
    const result = await buildCopy(project, env);
    output = result.stdout + result.stderr;
    dist = join(project, 'dist');
  }, 240_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('lists the test commit first in /wijzigingen/, with its note', () => {
    const page = read(dist, '/wijzigingen/');
    expect(/data-change-day="([\d-]+)"/.exec(page)?.[1]).toBe('2026-03-04');
    const day = page.slice(page.indexOf('data-change-day="2026-03-04"'), page.indexOf('data-change-day="2026-01-01"'));
    expect(day).toContain('<li>Een zin toegevoegd bij herstel</li>');
    expect(day).toMatch(/data-change-page="\/begrippen\/herstel\/"><a href="\/begrippen\/herstel\/">Herstel<\/a><span class="change-status"> \(bijgewerkt\)/);
    expect(day).not.toContain('/begrippen/pepper/');
  });

  it('dates the changed page by the test commit, and the others by the first', () => {
    expect(read(dist, '/begrippen/herstel/')).toContain('Laatst bijgewerkt op <time datetime="2026-03-04">4 maart 2026</time>');
    expect(read(dist, '/begrippen/pepper/')).toContain('Laatst bijgewerkt op <time datetime="2026-01-01">1 januari 2026</time>');
  });

  it('names no invented domain: relative canonical links, no QR codes, no sitemap, and says so', () => {
    const files = globSync('**/*.{html,xml,txt,json}', { cwd: dist });
    const invented = files.filter((file) => readFileSync(join(dist, file), 'utf8').includes('kennisbank-ervaringskennis.nl'));
    expect(invented).toEqual([]);
    const page = read(dist, '/begrippen/pepper/');
    expect(/<link rel="canonical" href="([^"]+)"/.exec(page)?.[1]).toBe('/begrippen/pepper/');
    expect(page).not.toMatch(/og:url|og:image|class="print-link"/);
    expect(read(dist, '/voor-docenten/introductie/')).not.toMatch(/data-step-address="http|data-step-address="[^"]*"><svg/);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
    expect(output).toContain('SITE_URL is niet gezet');
  });

  it('makes up no contact: no security.txt, and the statement names the publisher', () => {
    expect(existsSync(join(dist, '.well-known/security.txt'))).toBe(false);
    expect(read(dist, '/toegankelijkheid/')).toContain('data-contact-missing');
  });
});
