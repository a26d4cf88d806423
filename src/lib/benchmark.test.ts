import { describe, expect, it } from 'vitest';
import { contentPageText, isMultiplied, median, parseContentPage, perPageMs, passedComponents, replaceSections, scaleContent, starlightPage } from './benchmark';

const concept = parseContentPage('begrippen/herstel.mdx', '---\nkind: begrip\ntitle: Herstel\nsummary: >-\n  Herstel is een proces.\naliases:\n  - herstellen\nredirectFrom:\n  - /oud/\n---\nTekst <Cite source="lejo-2025" at="§2.3" />.\n');

describe('parseContentPage', () => {
  it('splits frontmatter and text, and writes them back', () => {
    expect(concept.data).toMatchObject({ kind: 'begrip', title: 'Herstel', aliases: ['herstellen'] });
    expect(concept.body).toBe('Tekst <Cite source="lejo-2025" at="§2.3" />.\n');
    expect(parseContentPage(concept.file, contentPageText(concept))).toEqual(concept);
  });

  it('names the file when there is no frontmatter', () => {
    expect(() => parseContentPage('over.mdx', '# Over\n')).toThrow(/over\.mdx, regel 1: geen frontmatter/);
    expect(() => parseContentPage('over.mdx', '---\n- lijst\n---\ntekst')).toThrow(/over\.mdx/);
  });
});

describe('scaleContent', () => {
  const overview = parseContentPage('begrippen/index.mdx', '---\ntitle: Begrippen\n---\nLijst\n');
  const about = parseContentPage('over.mdx', '---\ntitle: Over\n---\nOver\n');

  it('copies concept, role, task, practice and vision pages, not overviews or pages at the top', () => {
    expect(['begrippen/herstel.mdx', 'rollen/onderzoeker.mdx', 'kerntaken/a.mdx', 'praktijk/a.mdx', 'visie/waarom.mdx'].every(isMultiplied)).toBe(true);
    expect(['begrippen/index.mdx', 'over.mdx', 'leerroutes/a.mdx', 'begrippen/a/b.mdx'].some(isMultiplied)).toBe(false);
  });

  it('gives each copy a new slug, title and aliases, the same text and no old URLs', () => {
    const pages = scaleContent([concept, overview, about], 3);
    expect(pages.map((page) => page.file)).toEqual(['begrippen/herstel.mdx', 'begrippen/herstel-kopie-2.mdx', 'begrippen/herstel-kopie-3.mdx', 'begrippen/index.mdx', 'over.mdx']);
    expect(pages[2]?.data).toMatchObject({ kind: 'begrip', title: 'Herstel (kopie 3)', aliases: ['herstellen kopie 3'], redirectFrom: [] });
    expect(pages[2]?.body).toBe(concept.body);
    expect(pages[0]).toBe(concept);
  });

  it('leaves the content as it is at 1x', () => {
    expect(scaleContent([concept, about], 1)).toEqual([concept, about]);
  });
});

describe('passedComponents', () => {
  it('reads the components the page passes to the content', () => {
    expect(passedComponents("---\nimport Cite from './Cite.astro';\n---\n<Layout>\n  <Content components={{ Cite, Anchor,PepperAcronym }} />\n</Layout>")).toEqual(['Cite', 'Anchor', 'PepperAcronym']);
  });

  it('says what it found when the page passes none or something else', () => {
    expect(() => passedComponents('<Content />')).toThrow(/\[\.\.\.slug\]\.astro: verwacht <Content components=.*gevonden: null/);
    expect(() => passedComponents('<Content components={{ cite: Cite }} />', 'x.astro')).toThrow(/x\.astro: .*gevonden: " cite: Cite "/);
  });
});

describe('starlightPage', () => {
  const components = ['Cite', 'Anchor'];

  it('keeps title and summary as description, drops our other fields and imports the stubs', () => {
    const text = starlightPage(concept, '../../components/stubs/index.ts', components);
    expect(text).toBe(`---\ntitle: Herstel\ndescription: Herstel is een proces.\n---\nimport { Cite, Anchor } from '../../components/stubs/index.ts';\n\n${concept.body}`);
  });

  it('does without a summary, and says which page lacks a title', () => {
    expect(starlightPage(parseContentPage('over.mdx', '---\ntitle: Over\n---\nOver\n'), './stubs.ts', components)).toMatch(/^---\ntitle: Over\n---\n/);
    expect(() => starlightPage(parseContentPage('over.mdx', '---\nkind: pagina\n---\nOver\n'), './stubs.ts', components)).toThrow(/over\.mdx: het veld title ontbreekt/);
  });
});

describe('median and perPageMs', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/mediaan: geen waarden/);
  });

  it('divides the extra build time by the extra pages', () => {
    expect(perPageMs({ pages: 50, seconds: 10 }, { pages: 350, seconds: 40 })).toBe(100);
    expect(() => perPageMs({ pages: 50, seconds: 10 }, { pages: 50, seconds: 12 })).toThrow(/50 pagina's/);
  });
});

describe('replaceSections', () => {
  const report = '# Benchmarks\n\nOud.\n\n## Snelheid\n\nOude tabel\n\n## Starlight\n\nOude vergelijking\n';

  it('replaces the measured sections and the preamble, keeps the others in their place', () => {
    expect(replaceSections(report, '# Benchmarks\n\nNieuw.', [{ heading: 'Snelheid', body: 'Nieuwe tabel\n' }])).toBe('# Benchmarks\n\nNieuw.\n\n## Snelheid\n\nNieuwe tabel\n\n## Starlight\n\nOude vergelijking\n');
  });

  it('adds new sections at the end, also to an empty report', () => {
    expect(replaceSections(report, '# B', [{ heading: 'Lighthouse', body: 'Scores' }])).toMatch(/## Starlight\n\nOude vergelijking\n\n## Lighthouse\n\nScores\n$/);
    expect(replaceSections('', '# B', [{ heading: 'Starlight', body: 'Tabel' }])).toBe('# B\n\n## Starlight\n\nTabel\n');
  });
});
