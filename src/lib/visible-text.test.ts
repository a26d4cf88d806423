import { describe, expect, it } from 'vitest';
import { looksLikeProse, visibleTextRanges } from './visible-text';

const texts = (source: string, fileName: string) => visibleTextRanges(source, fileName).map(({ start, end }) => source.slice(start, end));

describe('looksLikeProse', () => {
  it('takes sentences, labels of some words and single capitalised words', () => {
    expect(looksLikeProse('Zoek in de kennisbank')).toBe(true);
    expect(looksLikeProse('zonder titel')).toBe(true);
    expect(looksLikeProse('Afdrukken')).toBe(true);
    expect(looksLikeProse('Pagina’s:')).toBe(true);
  });

  it('leaves out names, keys, paths and text without words', () => {
    for (const code of ['click', 'checklist-count', 'kennisbank:implementatie', '/begrippen/', '#inhoud', '[data-question]', 'utf-8', ' · ', '12', '', 'Ab12']) {
      expect(looksLikeProse(code), code).toBe(false);
    }
  });
});

describe('visibleTextRanges in TypeScript', () => {
  it('takes prose strings and template text, at their exact place', () => {
    const source = [
      "const done = 'Link gekopieerd.';",
      'const line = `${count} van ${total} beantwoord`;',
      "export const label = \"Afdrukken\";",
    ].join('\n');
    expect(texts(source, 'a.ts')).toEqual(['Link gekopieerd.', '`${', '} van ${', '} beantwoord`', 'Afdrukken']);
  });

  it('leaves out comments, imports, keys, types, selectors, class names and comparisons', () => {
    const source = [
      "// Een opmerking in gewone woorden, maar voor ontwikkelaars",
      "import { x } from './some module';",
      "const later = import('./lazy module');",
      "type Kind = 'Begrip' | 'Rol';",
      "const options = { 'Content Type': 'Tekst hier', className: 'notice route-unknown', type: 'Text plain' };",
      "document.querySelector('main article')?.addEventListener('click', () => alert('Klaar met laden'));",
      "element.className = 'prev-next route-prev-next';",
      "element.setAttribute('aria-label', 'Vorige en volgende stap');",
      "if (event.key === 'Escape') close();",
      "switch (event.key) { case 'ArrowDown': move('Omlaag gaan'); }",
      'const id = `vraag-${question}`;',
      "const keyed = { ['Berekende sleutel']: 'kort' };",
      "element.textContent = 'Niets gevonden';",
    ].join('\n');
    expect(texts(source, 'b.ts')).toEqual(['Tekst hier', 'Klaar met laden', 'Vorige en volgende stap', 'Omlaag gaan', 'Berekende sleutel', 'Niets gevonden']);
  });

  it('reads nothing from other kinds of file', () => {
    expect(visibleTextRanges("const a = 'Een zin';", 'c.css')).toEqual([]);
  });
});

describe('visibleTextRanges in Astro', () => {
  it('takes template text, visible attributes and the string props of components', () => {
    const source = [
      '---',
      "import Layout from '../layouts/Layout.astro';",
      "/** Een opmerking die niemand leest. */",
      "const summary = 'Alle begrippen van A tot Z.';",
      "const kind = 'begrip';",
      '---',
      '<Layout title="Stel een les samen" path="/voor-docenten/les/" class="wide" summary={summary}>',
      '  <nav class="section-nav" aria-label="Vorige en volgende pagina" data-kind="Pagina">',
      '    <a href="/begrippen/" title="Naar de begrippen">Alle begrippen</a>',
      '    <img src="/x.png" alt="Het cirkelmodel" />',
      "    <p>{open ? 'Klap in' : 'Klap uit'} en lees verder</p>",
      '  </nav>',
      '</Layout>',
      '<style>',
      '  nav { font-family: sans serif; }',
      '</style>',
      '<script>',
      "  import { run } from '../scripts/run';",
      "  run('Klaar met laden');",
      '</script>',
    ].join('\n');
    expect(texts(source, 'Page.astro')).toEqual([
      'Alle begrippen van A tot Z.',
      'Stel een les samen',
      'Vorige en volgende pagina',
      'Naar de begrippen',
      'Alle begrippen',
      'Het cirkelmodel',
      'Klap in',
      'Klap uit',
      'en lees verder',
      'Klaar met laden',
    ]);
  });

  it('reads the code of the frontmatter like TypeScript', () => {
    const source = [
      '---',
      'interface Props { title: string; kind: \'Begrip\' | \'Rol\' }',
      "export const labels = { className: 'wide page', ['Berekend']: 'Een label', [key]: 'Nog een label', count: 2 };",
      "const main = document.querySelector('main article');",
      "if (Astro.props.kind === 'Begrip') throw new Error(`Geen pagina voor ${Astro.props.kind}`);",
      "switch (kind) { case 'Rol': console.log('Een rol gevonden'); }",
      'const id = `kop-${kind}`;',
      "export { helper } from './helper';",
      '---',
      '<Icons.Star label="Een ster" class:list={[\'a b\']} set:html={html} aria-label={`Stap ${n} van ${m}`} />',
    ].join('\n');
    expect(texts(source, 'F.astro')).toEqual(['Berekend', 'Een label', 'Nog een label', '`Geen pagina voor ${', 'Een rol gevonden', 'Een ster', '`Stap ${', '} van ${']);
  });

  it('finds positions after non-ASCII text', () => {
    const source = "---\nconst a = 'één';\n---\n<p title=\"Café’s\">Hé daar, pagina’s</p>\n";
    expect(texts(source, 'D.astro')).toEqual(['Café’s', 'Hé daar, pagina’s']);
  });

  it('takes the text of elements that an expression returns', () => {
    const source = "{items.map((item) => <li>Stap {item.number}: {`Lees ${item.title}`}</li>)}\n";
    expect(texts(source, 'E.astro')).toEqual(['Stap', '`Lees ${']);
  });
});
