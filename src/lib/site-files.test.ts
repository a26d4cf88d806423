import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedPages, isConceptPage } from './generated-pages';
import { readGlossaryTerms, readPages, readRoutes, readSourceKeys } from './site-files';

// The real content folder: these readers are what the build's content check runs on.
const ROOT = resolve(import.meta.dirname, '../..');

describe('reading the content folder', () => {
  const pages = readPages(ROOT);

  it('reads every MDX page with its URL, and no README', () => {
    expect(pages.map((page) => page.url)).toContain('/begrippen/pepper/');
    expect(pages.some((page) => page.file.endsWith('README.md'))).toBe(false);
  });

  it('reads the source keys, the lesson routes and the glossary terms', () => {
    expect(readSourceKeys(ROOT)).toContain('lejo-2025');
    expect(readRoutes(ROOT).every((route) => route.isData && route.links.length > 0)).toBe(true);
    expect(readGlossaryTerms(ROOT)).toContain('Registerplein');
  });

  it('knows the generated pages and their anchors', () => {
    const generated = generatedPages(readSourceKeys(ROOT), pages, readGlossaryTerms(ROOT), ['introductie']);
    const url = (path: string) => generated.find((page) => page.url === path);
    expect(url('/bronnen/')?.anchors).toContain('lejo-2025');
    expect(url('/begrippenlijst/')?.anchors).toContain('registerplein');
    expect(url('/voor-docenten/introductie/')).toBeDefined();
    expect(pages.filter(isConceptPage).map((page) => page.url)).toContain('/rollen/ondersteuner/');
    expect(pages.filter(isConceptPage).map((page) => page.url)).not.toContain('/begrippen/');
  });
});
