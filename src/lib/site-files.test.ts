import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedPages, linkableTerms } from './generated-pages';
import { loadContentModel, readPages } from './site-files';

// The real content folder: the model the build's content check and pages run on.
const ROOT = resolve(import.meta.dirname, '../..');

describe('reading the content folder', () => {
  const model = loadContentModel(ROOT);

  it('reads every MDX page with its URL, and no README', () => {
    expect(model.pages.map((page) => page.url)).toContain('/begrippen/pepper/');
    expect(readPages(ROOT).some((page) => page.file.endsWith('README.md'))).toBe(false);
    expect(model.problems).toEqual([]);
  });

  it('reads it once: a second call gives the same records', () => {
    expect(loadContentModel(ROOT)).toBe(model);
  });

  it('reads the sources, the lesson routes, the glossary, the circle model and the checklist', () => {
    expect(model.sources.get('lejo-2025')?.kind).toBe('brondocument');
    expect(model.routes.length).toBeGreaterThan(0);
    expect(model.routes.every((route) => route.data.steps.length >= 3 && route.url === `/voor-docenten/${route.id}/`)).toBe(true);
    expect(model.glossary.map((entry) => entry.term)).toContain('Registerplein');
    expect(model.cirkelmodel?.steps.length).toBeGreaterThanOrEqual(3);
    expect(model.implementatie.length).toBeGreaterThan(0);
  });

  it('knows the generated pages and their anchors, and which pages are concepts', () => {
    const generated = generatedPages(model);
    const url = (path: string) => generated.find((page) => page.url === path);
    expect(url('/bronnen/')?.anchors).toContain('lejo-2025');
    expect(url('/begrippenlijst/')?.anchors).toContain('registerplein');
    expect(url(model.routes[0]!.url)?.label).toBe('Leerroute');
    const concepts = model.pages.filter((page) => page.isConcept).map((page) => page.url);
    expect(concepts).toContain('/rollen/ondersteuner/');
    expect(concepts).not.toContain('/begrippen/');
    expect(linkableTerms(model).find((term) => term.url === '/begrippen/pepper/')?.term).toBe('PEPPER');
  });
});
