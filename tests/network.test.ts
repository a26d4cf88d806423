/** Readers see how concepts connect: each concept, role and kerntaak page lists who links to it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isConceptPage } from '../src/lib/generated-pages';
import { readPages } from '../src/lib/site-files';
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
