import { describe, expect, it } from 'vitest';
import { citationText, citedKeys, citedPart } from './citation';
import { parsePage } from './content-model';

describe('citationText', () => {
  it('adds the locator after the label', () => {
    expect(citationText('LEJO, 2025', '§2.6')).toBe('LEJO, 2025, §2.6');
    expect(citationText('Movisie & BTO, z.d.')).toBe('Movisie & BTO, z.d.');
  });
});

describe('citedKeys', () => {
  it('lists frontmatter sources first, then text citations, each once', () => {
    const body = 'Tekst <Cite source="ontdec-2025" at="p. 14" /> en <Cite at="§2" source="lejo-2025"/> en <Cite source="ontdec-2025" />.';
    const page = parsePage('content/x.mdx', `---\ntitle: X\n---\n\n${body}\n`);
    expect(citedKeys([{ source: 'lejo-2025' }], page.citations)).toEqual(['lejo-2025', 'ontdec-2025']);
  });
});

describe('apaCitation', () => {
  it('names the site, date of the page, title, date of consultation and URL', async () => {
    const { apaCitation } = await import('./citation');
    expect(
      apaCitation({ title: 'PEPPER', published: '2026, 5 november', url: 'https://example.org/begrippen/pepper/#ethisch', consulted: new Date(2026, 10, 23) }),
    ).toBe('Kennisbank Ervaringskennis. (2026, 5 november). PEPPER. Geraadpleegd op 23 november 2026, van https://example.org/begrippen/pepper/#ethisch');
  });
});

describe('citedPart', () => {
  const page = { title: 'PEPPER', url: 'https://example.org/begrippen/pepper/' };
  it('cites the page when no section is asked for', () => {
    expect(citedPart(page)).toEqual(page);
    expect(citedPart(page, { title: '  ', id: 'ethisch' })).toEqual(page);
  });
  it('cites a section with the page title, the section title and the anchor', () => {
    expect(citedPart(page, { title: 'Ethisch ', id: 'ethisch' })).toEqual({ title: 'PEPPER: Ethisch', url: 'https://example.org/begrippen/pepper/#ethisch' });
  });
});
