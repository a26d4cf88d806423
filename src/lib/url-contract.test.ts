import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPublishedPage, checkContract, parseContract, publishedAddresses, readPublishedSite, updatedContract, type PublishedSite } from './url-contract';

const page = (ids: string[]) =>
  `<html><body><header id="zoekveld"></header><main id="inhoud">${ids.map((id) => `<h2 id="${id}">Kop</h2>`).join('')}</main></body></html>`;
const redirect = (to: string) => `<html><head><meta http-equiv="refresh" content="0; url=${to}"></head></html>`;

function site(entries: [string, string][], base = '/'): PublishedSite {
  const built: PublishedSite = { pages: new Map(), redirects: new Map() };
  for (const [path, html] of entries) addPublishedPage(built, path, html, base);
  return built;
}

describe('the URL contract', () => {
  const current = site([
    ['/begrippen/pepper/', page(['ethisch', 'politiek'])],
    ['/begrippen/oud/', redirect('/begrippen/nieuw/')],
    ['/begrippen/nieuw/', page(['kop'])],
  ]);

  it('reads anchors from the main content only, and redirects from meta refresh', () => {
    expect(current.pages.get('/begrippen/pepper/')).toEqual(new Set(['inhoud', 'ethisch', 'politiek']));
    expect(current.redirects.get('/begrippen/oud/')).toBe('/begrippen/nieuw/');
    expect(publishedAddresses(current)).not.toContain('/begrippen/pepper/#zoekveld');
  });

  it('strips the base path from redirect targets', () => {
    const under = site([['/a/', redirect('/kennisbank/b/')]], '/kennisbank/');
    expect(under.redirects.get('/a/')).toBe('/b/');
  });

  it('accepts entries that still resolve, also through a redirect', () => {
    const report = checkContract(['/begrippen/pepper/', '/begrippen/pepper/#ethisch', '/begrippen/oud/', '/begrippen/oud/#kop'], current);
    expect(report.broken).toEqual([]);
  });

  it('reports a removed anchor and a removed page, with the fix', () => {
    const report = checkContract(['/begrippen/pepper/#sociaal', '/begrippen/weg/', '/begrippen/oud/#weg'], current);
    expect(report.broken).toEqual([
      '/begrippen/pepper/#sociaal: /begrippen/pepper/ heeft geen anker #sociaal meer (houd het oude anker in leven met <Anchor id="sociaal" /> bij de nieuwe kop)',
      '/begrippen/weg/: de pagina /begrippen/weg/ bestaat niet meer en geen doorverwijzing houdt het adres in leven (zet "redirectFrom: [/begrippen/weg/]" in de frontmatter van de nieuwe pagina)',
      '/begrippen/oud/#weg: /begrippen/nieuw/ heeft geen anker #weg meer (houd het oude anker in leven met <Anchor id="weg" /> bij de nieuwe kop)',
    ]);
  });

  it('does not hang on a redirect loop', () => {
    const loop = site([['/a/', redirect('/b/')], ['/b/', redirect('/a/')]]);
    expect(checkContract(['/a/'], loop).broken).toHaveLength(1);
  });

  it('lists what the site publishes but the contract does not, and the update adds it, keeping old promises', () => {
    const entries = parseContract('# comment\n\n/begrippen/pepper/\n/begrippen/weg/\n');
    expect(entries).toEqual(['/begrippen/pepper/', '/begrippen/weg/']);
    expect(checkContract(entries, current).unlisted).toEqual([
      '/begrippen/pepper/#inhoud',
      '/begrippen/pepper/#ethisch',
      '/begrippen/pepper/#politiek',
      '/begrippen/nieuw/',
      '/begrippen/nieuw/#inhoud',
      '/begrippen/nieuw/#kop',
    ]);
    const updated = updatedContract(entries, current);
    expect(updated).toContain('/begrippen/weg/');
    expect(checkContract(updated, current).unlisted).toEqual([]);
  });

  it('reads a built folder: index.html files are pages, 404.html is not', () => {
    const dist = mkdtempSync(join(tmpdir(), 'contract-'));
    try {
      mkdirSync(join(dist, 'begrippen', 'pepper'), { recursive: true });
      writeFileSync(join(dist, 'index.html'), page([]));
      writeFileSync(join(dist, '404.html'), page(['niet-gevonden']));
      writeFileSync(join(dist, 'begrippen', 'pepper', 'index.html'), page(['ethisch']));
      const built = readPublishedSite(dist);
      expect([...built.pages.keys()].sort()).toEqual(['/', '/begrippen/pepper/']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
