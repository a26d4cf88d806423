import { describe, expect, it } from 'vitest';
import { idFromUrl, slugify, urlFromContentPath } from './slug';

describe('slugify', () => {
  it.each([
    ['Kennis die je voelt', 'kennis-die-je-voelt'],
    ['Individueel en collectief', 'individueel-en-collectief'],
    ['Principiële en ethische argumenten', 'principiele-en-ethische-argumenten'],
    ['3.1 Kwaliteitsargumenten', 'kwaliteitsargumenten'],
    ['2.6 Ervaringskennis als PEPPER', 'ervaringskennis-als-pepper'],
    ['Hoofdstuk 4 Kwesties', 'kwesties'],
    ['Politiek-kritisch', 'politiek-kritisch'],
    ['Training, professionalisering en kwaliteitsbeleid', 'training-professionalisering-en-kwaliteitsbeleid'],
    ['Wat is (J)ZME?', 'wat-is-j-zme'],
    ['Evidence-based practice (EBP)', 'evidence-based-practice-ebp'],
  ])('%s → %s', (heading, anchor) => {
    expect(slugify(heading)).toBe(anchor);
  });

  it('keeps a number that is part of the words rather than a section number', () => {
    expect(slugify('De 5 rollen')).toBe('de-5-rollen');
    expect(slugify('NLQF 2 tot 7')).toBe('nlqf-2-tot-7');
  });
});

describe('urlFromContentPath', () => {
  it.each([
    ['begrippen/ervaring.mdx', '/begrippen/ervaring/'],
    ['begrippen/index.mdx', '/begrippen/'],
    ['cirkelmodel.mdx', '/cirkelmodel/'],
    ['index.mdx', '/'],
    ['begrippen\\zme.mdx', '/begrippen/zme/'],
  ])('%s → %s', (path, url) => {
    expect(urlFromContentPath(path)).toBe(url);
  });

  it('maps a page and a folder index with the same name to one URL, so duplicates can be found', () => {
    expect(urlFromContentPath('begrippen/zme.mdx')).toBe(urlFromContentPath('begrippen/zme/index.mdx'));
  });
});

describe('idFromUrl', () => {
  it('drops the outer slashes', () => {
    expect(idFromUrl('/begrippen/ervaring/')).toBe('begrippen/ervaring');
    expect(idFromUrl('/')).toBe('');
  });
});
