import { describe, expect, it } from 'vitest';
import { breadcrumbs, buildNavigation, previousAndNext } from './navigation';

const pages = [
  { url: '/begrippen/', title: 'Begrippen', order: 0 },
  { url: '/begrippen/ervaringskennis/', title: 'Ervaringskennis', order: 2 },
  { url: '/begrippen/ervaring/', title: 'Ervaring', order: 1 },
  { url: '/cirkelmodel/', title: 'Het cirkelmodel', order: 20 },
  { url: '/professionalisering/', title: 'Professionalisering', order: 30 },
];
const sections = buildNavigation(pages);

describe('buildNavigation', () => {
  it('puts the overview first and sorts the rest by order', () => {
    const begrippen = sections[0]!;
    expect(begrippen.url).toBe('/begrippen/');
    expect(begrippen.pages.map((p) => p.url)).toEqual(['/begrippen/', '/begrippen/ervaring/', '/begrippen/ervaringskennis/', '/cirkelmodel/']);
  });
  it('gives a section without overview page no URL', () => {
    const organisaties = sections.find((s) => s.title === 'Voor organisaties')!;
    expect(organisaties.url).toBeUndefined();
    expect(organisaties.pages.map((p) => p.url)).toEqual(['/professionalisering/']);
  });
});

describe('previousAndNext', () => {
  it('links neighbours within the section', () => {
    const { previous, next } = previousAndNext(sections, '/begrippen/ervaring/');
    expect(previous?.url).toBe('/begrippen/');
    expect(next?.url).toBe('/begrippen/ervaringskennis/');
  });
  it('has no neighbour beyond the ends, and none for an unknown page', () => {
    expect(previousAndNext(sections, '/cirkelmodel/').next).toBeUndefined();
    expect(previousAndNext(sections, '/onbekend/')).toEqual({});
  });
});

describe('breadcrumbs', () => {
  it('leads from home through the section overview', () => {
    expect(breadcrumbs(sections, '/begrippen/ervaring/', 'Ervaring')).toEqual([
      { title: 'Home', url: '/' },
      { title: 'Begrippen', url: '/begrippen/' },
      { title: 'Ervaring' },
    ]);
  });
  it('does not repeat the overview page as its own parent', () => {
    expect(breadcrumbs(sections, '/begrippen/', 'Begrippen')).toEqual([{ title: 'Home', url: '/' }, { title: 'Begrippen' }]);
  });
});
