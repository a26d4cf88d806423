import { describe, expect, it } from 'vitest';
import { backlinkIndex, linkedPaths } from './backlinks';

describe('linkedPaths', () => {
  it('finds Markdown links and href attributes to site paths, without anchors, once each', () => {
    const body = 'Zie [PEPPER](/begrippen/pepper/#ethisch) en [weer](/begrippen/pepper/), <a href="/rollen/">rollen</a>, [extern](https://example.org/) en [hier](#kop).';
    expect(linkedPaths(body)).toEqual(['/begrippen/pepper/', '/rollen/']);
  });
});

describe('backlinkIndex', () => {
  const pages = [
    { url: '/begrippen/ervaring/', title: 'Ervaring', body: 'Naar [kennis](/begrippen/ervaringskennis/) en [zelf](/begrippen/ervaring/#x).' },
    { url: '/begrippen/pepper/', title: 'PEPPER', body: 'Zie [kennis](/begrippen/ervaringskennis/#kenmerken) en [oud](/begrippen/oude-naam/).' },
    { url: '/begrippen/ervaringskennis/', title: 'Ervaringskennis', body: 'Zie [ervaring](/begrippen/ervaring/).' },
  ];

  it('lists the pages that link to a page, by title, without self-links', () => {
    const index = backlinkIndex(pages);
    expect(index.get('/begrippen/ervaringskennis/')?.map((page) => page.title)).toEqual(['Ervaring', 'PEPPER']);
    expect(index.get('/begrippen/ervaring/')).toEqual([{ url: '/begrippen/ervaringskennis/', title: 'Ervaringskennis' }]);
    expect(index.get('/begrippen/pepper/')).toBeUndefined();
  });

  it('follows a change in the content: remove a link and the backlink goes', () => {
    const changed = pages.map((page) => (page.title === 'PEPPER' ? { ...page, body: 'Geen links meer.' } : page));
    expect(backlinkIndex(changed).get('/begrippen/ervaringskennis/')?.map((page) => page.title)).toEqual(['Ervaring']);
  });

  it('counts a link to an old URL for the renamed page', () => {
    const index = backlinkIndex(pages, new Map([['/begrippen/oude-naam/', '/begrippen/zme/']]));
    expect(index.get('/begrippen/zme/')?.map((page) => page.title)).toEqual(['PEPPER']);
  });
});
