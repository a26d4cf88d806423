import { describe, expect, it } from 'vitest';
import { anchorsOf, checkSite, formatProblem } from './content-check';
import { parsePage, parseRouteFile } from './content-model';

const KEYS = new Set(['lejo-2025', 'ontdec-2025']);
const GENERATED = [{ url: '/bronnen/', anchors: ['lejo-2025', 'ontdec-2025'] }];

/** A valid page; `fields` replaces frontmatter lines, `body` the text. */
function mdx(fields: Record<string, string | null> = {}, body = 'Tekst <Cite source="lejo-2025" at="§2.2" />.\n\n## Kennis die je voelt\n\nMeer.\n'): string {
  const base: Record<string, string | null> = {
    kind: 'begrip',
    title: 'Ervaringskennis',
    summary: 'Ervaringskennis is wat je leert van wat je zelf hebt meegemaakt.',
    aliases: '[ervaringskennis]',
    related: '[/begrippen/ervaring/]',
    sources: '[{ source: lejo-2025, at: "§2.2" }]',
    audience: '[studenten]',
    order: '2',
    ...fields,
  };
  const lines = Object.entries(base).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

const ervaring = () => parsePage('content/begrippen/ervaring.mdx', mdx({ title: 'Ervaring', related: '[/begrippen/ervaringskennis/]' }));
const problemsFor = (text: string, file = 'content/begrippen/ervaringskennis.mdx') =>
  checkSite([ervaring(), parsePage(file, text)], GENERATED, KEYS).map(formatProblem);

describe('parsePage', () => {
  it('derives the URL, the heading anchors and the citations', () => {
    const page = parsePage('content/begrippen/ervaringskennis.mdx', mdx({}, '## 2.2 Kennis die je voelt\n\n<Anchor id="oud" />\n\nZie [PEPPER](/begrippen/pepper/#ethisch) <Cite source="lejo-2025" at="§2.6" />.\n'));
    expect(page.url).toBe('/begrippen/ervaringskennis/');
    expect(anchorsOf(page)).toEqual(['kennis-die-je-voelt', 'oud']);
    expect(page.links).toEqual([{ url: '/begrippen/pepper/#ethisch', line: 16 }]);
    expect(page.citations).toEqual([{ source: 'lejo-2025', at: '§2.6', line: 16 }]);
  });
  it('reports a file without frontmatter', () => {
    expect(parsePage('content/x.mdx', 'Alleen tekst').problems[0]?.message).toMatch(/geen frontmatter/);
  });
  it('reports broken YAML and broken MDX with a line', () => {
    expect(parsePage('content/x.mdx', '---\ntitle: [open\n---\n\nTekst\n').problems[0]?.message).toMatch(/geen geldige YAML/);
    const broken = parsePage('content/x.mdx', mdx({}, 'Tekst met een losse { accolade.\n'));
    expect(broken.problems[0]?.message).toMatch(/geen geldige MDX/);
    expect(broken.problems[0]?.line).toBeGreaterThan(10);
  });
});

describe('checkSite', () => {
  it('accepts a valid site', () => {
    expect(problemsFor(mdx())).toEqual([]);
  });

  it('names file, line and field when a required field is missing', () => {
    expect(problemsFor(mdx({ summary: null }))).toEqual(['content/begrippen/ervaringskennis.mdx:2: veld "summary": ontbreekt, maar is verplicht']);
  });

  it('names the field and the expectation when a field is malformed', () => {
    const [problem] = problemsFor(mdx({ audience: '[iedereen]' }));
    expect(problem).toMatch(/^content\/begrippen\/ervaringskennis\.mdx:8: veld "audience\.0": /);
  });

  it('rejects an unknown kind', () => {
    expect(problemsFor(mdx({ kind: 'blog' }))[0]).toMatch(/^content\/begrippen\/ervaringskennis\.mdx:2: veld "kind"/);
  });

  it('rejects a link to a page that does not exist, with its line', () => {
    expect(problemsFor(mdx({}, 'Zie [dit](/begrippen/bestaat-niet/).\n'))).toEqual([
      'content/begrippen/ervaringskennis.mdx:12: link naar "/begrippen/bestaat-niet/" werkt niet: /begrippen/bestaat-niet/ is geen pagina van deze site',
    ]);
  });

  it('rejects a link to an anchor that does not exist, and lists the anchors that do', () => {
    expect(problemsFor(mdx({}, 'Zie [dit](/begrippen/ervaring/#nergens).\n'))[0]).toBe(
      'content/begrippen/ervaringskennis.mdx:12: link naar "/begrippen/ervaring/#nergens" werkt niet: /begrippen/ervaring/ heeft geen anker #nergens (wel: #kennis-die-je-voelt)',
    );
  });

  it('checks same-page anchors and generated pages', () => {
    expect(problemsFor(mdx({}, '[boven](#kennis-die-je-voelt) [bron](/bronnen/#lejo-2025)\n\n## Kennis die je voelt\n'))).toEqual([]);
    expect(problemsFor(mdx({}, '[weg](#weg)\n'))[0]).toMatch(/:12: link naar "#weg" werkt niet/);
  });

  it('asks for absolute site URLs with a trailing slash, and leaves external links alone', () => {
    expect(problemsFor(mdx({}, '[a](../ervaring/)\n'))[0]).toMatch(/verwacht een URL van deze site die met \/ begint/);
    expect(problemsFor(mdx({}, '[a](/begrippen/ervaring)\n'))[0]).toMatch(/verwacht een slash aan het eind/);
    expect(problemsFor(mdx({}, '[a](https://example.org/) [b](mailto:a@b.nl)\n'))).toEqual([]);
  });

  it('rejects a related URL that points nowhere, and a page relating to itself', () => {
    expect(problemsFor(mdx({ related: '[/begrippen/nergens/]' }))).toEqual([
      'content/begrippen/ervaringskennis.mdx:6: veld "related" (/begrippen/nergens/): /begrippen/nergens/ is geen pagina van deze site',
    ]);
    expect(problemsFor(mdx({ related: '[/begrippen/ervaringskennis/]' }))[0]).toMatch(/niet naar zichzelf/);
  });

  it('rejects unknown source keys in the frontmatter and in the text', () => {
    expect(problemsFor(mdx({ sources: '[{ source: lejo-2052 }]' }))[0]).toBe(
      'content/begrippen/ervaringskennis.mdx:7: veld "sources": onbekende bronsleutel "lejo-2052" (bekend: lejo-2025, ontdec-2025)',
    );
    expect(problemsFor(mdx({}, 'Tekst <Cite source="ontdek-2025" />.\n'))[0]).toBe(
      'content/begrippen/ervaringskennis.mdx:12: <Cite source="ontdek-2025">: onbekende bronsleutel (bekend: lejo-2025, ontdec-2025)',
    );
    expect(problemsFor(mdx({}, 'Tekst <Cite at="§2" />.\n'))[0]).toMatch(/<Cite> zonder source/);
  });

  it('checks "Test jezelf": each question points at a section of its own page and cites known sources', () => {
    const question = (section: string, source = 'lejo-2025') => `[{ question: "Wat is het verschil?", answer: "Het ene heb je, het andere kun je.", cite: [{ source: ${source}, at: "§2.3" }], section: ${section} }]`;
    expect(problemsFor(mdx({ selfTest: question('kennis-die-je-voelt') }))).toEqual([]);
    expect(problemsFor(mdx({ selfTest: question('bestaat-niet') }))).toEqual([
      'content/begrippen/ervaringskennis.mdx:10: veld "selfTest.0.section": deze pagina heeft geen anker #bestaat-niet (wel: #kennis-die-je-voelt)',
    ]);
    expect(problemsFor(mdx({ selfTest: question('kennis-die-je-voelt', 'lejo-2052') }))[0]).toMatch(/:10: veld "selfTest.0.cite": onbekende bronsleutel "lejo-2052"/);
    expect(problemsFor(mdx({ selfTest: '[{ question: "Vraag?", section: kennis-die-je-voelt }]' }))[0]).toMatch(/:10: veld "selfTest.0.question"/);
  });

  it('names an unknown frontmatter field on its own line, and says in Dutch what was expected', () => {
    expect(problemsFor(mdx({ titel: 'Ervaringskennis' }))).toEqual([
      'content/begrippen/ervaringskennis.mdx:10: veld "titel": onbekend veld voor een pagina van soort "begrip"; verwacht een van: kind, title, summary, aliases, related, sources, audience, order, redirectFrom, selfTest, number, formalName, chapter',
    ]);
    expect(problemsFor(mdx({ order: '"twee"' }))).toEqual(['content/begrippen/ervaringskennis.mdx:9: veld "order": verwacht een getal, kreeg "twee"']);
    expect(problemsFor(mdx({ kind: 'concept' }))[0]).toMatch(/:2: veld "kind": verwacht een van: "begrip", "rol", .*kreeg "concept"/);
    expect(problemsFor(mdx({ audience: '[leerlingen]' }))[0]).toMatch(/:8: veld "audience.0": verwacht een van: "studenten", "docenten", "organisaties", kreeg/);
  });

  it('rejects two headings with one anchor, naming both lines', () => {
    expect(problemsFor(mdx({}, '## Kennis\n\n## 2.1 Kennis\n'))).toEqual([
      'content/begrippen/ervaringskennis.mdx:14: anker #kennis staat al op regel 12; elk anker op een pagina moet uniek zijn',
    ]);
  });

  it('rejects an alias anchor that repeats a heading, and anchors the layout uses', () => {
    expect(problemsFor(mdx({}, '## Kennis\n\n<Anchor id="kennis" />\n'))[0]).toMatch(/:14: anker #kennis staat al op regel 12/);
    expect(problemsFor(mdx({}, '## Zie ook\n'))[0]).toMatch(/:12: anker #zie-ook is gereserveerd/);
  });

  it('rejects a level-1 heading and a heading without anchor', () => {
    expect(problemsFor(mdx({}, '# Titel\n'))[0]).toMatch(/:12: kop "# Titel" op niveau 1/);
    expect(problemsFor(mdx({}, '## ???\n'))[0]).toMatch(/:12: kop "\?\?\?" geeft geen anker/);
  });

  it('rejects two files that claim one URL', () => {
    const twin = parsePage('content/begrippen/ervaring/index.mdx', mdx({ title: 'Tweeling' }));
    const problems = checkSite([ervaring(), twin], GENERATED, KEYS).map(formatProblem);
    expect(problems).toContain(
      'content/begrippen/ervaring/index.mdx:1: de URL /begrippen/ervaring/ hoort al bij content/begrippen/ervaring.mdx; twee pagina\'s kunnen niet op één URL staan',
    );
  });

  it('lets a link to an old URL of a renamed page resolve, anchors included', () => {
    const renamed = parsePage('content/begrippen/ervaringskennis.mdx', mdx({ redirectFrom: '[/begrippen/kennis-uit-ervaring/]' }));
    const linking = parsePage('content/begrippen/ervaring.mdx', mdx({ title: 'Ervaring', related: '[/begrippen/ervaringskennis/]' }, 'Zie [oud](/begrippen/kennis-uit-ervaring/#kennis-die-je-voelt).\n'));
    expect(checkSite([linking, renamed], GENERATED, KEYS)).toEqual([]);
    const broken = parsePage('content/begrippen/ervaring.mdx', mdx({ title: 'Ervaring', related: '[/begrippen/ervaringskennis/]' }, 'Zie [oud](/begrippen/kennis-uit-ervaring/#weg).\n'));
    expect(checkSite([broken, renamed], GENERATED, KEYS).map(formatProblem)[0]).toMatch(/kennis-uit-ervaring\/ heeft geen anker #weg/);
  });

  it('rejects a redirect from the URL of an existing page, and a malformed old URL', () => {
    const clash = parsePage('content/begrippen/ervaringskennis.mdx', mdx({ redirectFrom: '[/begrippen/ervaring/]' }));
    expect(checkSite([ervaring(), clash], GENERATED, KEYS).map(formatProblem)).toContain(
      'content/begrippen/ervaringskennis.mdx:10: veld "redirectFrom": /begrippen/ervaring/ hoort al bij content/begrippen/ervaring.mdx; een doorverwijzing kan geen bestaande pagina vervangen',
    );
    expect(problemsFor(mdx({ redirectFrom: '[/oud]' })).join('\n')).toMatch(/veld "redirectFrom.0": verwacht een oude URL/);
  });

  it('rejects a content page on the URL of a generated page', () => {
    const page = parsePage('content/bronnen.mdx', mdx());
    expect(checkSite([page], GENERATED, KEYS).map(formatProblem)[0]).toMatch(/de URL \/bronnen\/ hoort al bij een gegenereerde pagina/);
  });
});

describe('lesson routes', () => {
  it('check the page of every step, with its line', () => {
    const route = parseRouteFile('content/leerroutes/intro.yaml', 'title: Intro\nsteps:\n  - page: /begrippen/ervaring/\n    question: Wat?\n  - page: /begrippen/weg/\n    question: Hoe?\n');
    const problems = checkSite([ervaring(), route], GENERATED, KEYS).filter((p) => p.file === route.file);
    expect(problems.map(formatProblem)).toEqual([
      'content/leerroutes/intro.yaml:5: link naar "/begrippen/weg/" werkt niet: /begrippen/weg/ is geen pagina van deze site',
    ]);
  });
});
