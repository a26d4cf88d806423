import { describe, expect, it } from 'vitest';
import { backlinkIndex, linkedPaths } from './backlinks';
import { parsePage } from './content-model';

/** The link targets of an MDX text, as the content model reads them. */
const linksOf = (body: string) => parsePage('content/x.mdx', `---\ntitle: X\n---\n\n${body}\n`).links.map((link) => link.url);

describe('linkedPaths', () => {
  it('finds Markdown links and href attributes to site paths, without anchors, once each', () => {
    const body = 'Zie [PEPPER](/begrippen/pepper/#ethisch) en [weer](/begrippen/pepper/), <a href="/rollen/">rollen</a>, [extern](https://example.org/) en [hier](#kop).';
    expect(linkedPaths(linksOf(body))).toEqual(['/begrippen/pepper/', '/rollen/']);
  });
});

describe('backlinkIndex', () => {
  const pages = [
    { url: '/begrippen/ervaring/', title: 'Ervaring', links: linksOf('Naar [kennis](/begrippen/ervaringskennis/) en [zelf](/begrippen/ervaring/#x).') },
    { url: '/begrippen/pepper/', title: 'PEPPER', links: linksOf('Zie [kennis](/begrippen/ervaringskennis/#kenmerken) en [oud](/begrippen/oude-naam/).') },
    { url: '/begrippen/ervaringskennis/', title: 'Ervaringskennis', links: linksOf('Zie [ervaring](/begrippen/ervaring/).') },
  ];

  it('lists the pages that link to a page, by title, without self-links', () => {
    const index = backlinkIndex(pages);
    expect(index.get('/begrippen/ervaringskennis/')?.map((page) => page.title)).toEqual(['Ervaring', 'PEPPER']);
    expect(index.get('/begrippen/ervaring/')).toEqual([{ url: '/begrippen/ervaringskennis/', title: 'Ervaringskennis' }]);
    expect(index.get('/begrippen/pepper/')).toBeUndefined();
  });

  it('follows a change in the content: remove a link and the backlink goes', () => {
    const changed = pages.map((page) => (page.title === 'PEPPER' ? { ...page, links: linksOf('Geen links meer.') } : page));
    expect(backlinkIndex(changed).get('/begrippen/ervaringskennis/')?.map((page) => page.title)).toEqual(['Ervaring']);
  });

  it('counts a link to an old URL for the renamed page', () => {
    const index = backlinkIndex(pages, new Map([['/begrippen/oude-naam/', '/begrippen/zme/']]));
    expect(index.get('/begrippen/zme/')?.map((page) => page.title)).toEqual(['PEPPER']);
  });
});
