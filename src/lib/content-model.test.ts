import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildContentModel, parsePage, readDataFile, type ContentFiles, type ContentProblem } from './content-model';
import { readContentFiles } from './site-files';
import { lessonRouteSchema } from './page-schema';

const FRONT = '---\nkind: begrip\ntitle: Ervaringskennis\nsummary: Ervaringskennis is wat je leert van wat je zelf hebt meegemaakt.\naudience: [studenten]\norder: 2\n---\n';

describe('a page as the model reads it', () => {
  const page = parsePage(
    'content/begrippen/ervaringskennis.mdx',
    `${FRONT}\n## Kennis die je voelt\n\nZie [de taken van PEPPER](/kerntaken/taken-en-rollen/#ethisch) <Cite source="lejo-2025" at="§2.6" /> en <a href="/rollen/">rollen</a>.\n\n| kop | cel |\n| --- | --- |\n| één | twee |\n`,
  );

  it('keeps the text a reader sees, without link addresses or element attributes', () => {
    expect(page.text).toContain('de taken van PEPPER');
    expect(page.text).toContain('rollen');
    expect(page.text).not.toMatch(/kerntaken|ethisch|lejo|source|§2\.6/);
  });

  it('does not run the words of separate blocks together', () => {
    expect(page.text.split(/\s+/)).toEqual(expect.arrayContaining(['voelt', 'Zie', 'kop', 'cel', 'één', 'twee']));
  });

  it('lists links, citations and headings in document order, with lines in the file', () => {
    expect(page.links.map((link) => [link.url, link.line])).toEqual([['/kerntaken/taken-en-rollen/#ethisch', 11], ['/rollen/', 11]]);
    expect(page.citations).toEqual([{ source: 'lejo-2025', at: '§2.6', line: 11 }]);
    expect(page.headings).toEqual([{ depth: 2, text: 'Kennis die je voelt', id: 'kennis-die-je-voelt', line: 9 }]);
  });
});

describe('data files', () => {
  it('name the file, the line and the field of a value that fails the schema, in Dutch', () => {
    const problems: ContentProblem[] = [];
    const text = 'title: Intro\nsummary: Een route langs de kernbegrippen, stap voor stap.\naudience: studenten\norder: 1\nsteps:\n  - page: /begrippen/ervaring/\n    question: Wat is ervaring?\n  - page: begrippen/pepper\n    question: Wat is PEPPER precies?\n  - page: /rollen/\n    question: Welke rollen zijn er?\n';
    expect(readDataFile('content/leerroutes/intro.yaml', text, lessonRouteSchema, problems)).toBeUndefined();
    expect(problems).toEqual([{ file: 'content/leerroutes/intro.yaml', line: 8, message: expect.stringMatching(/^veld "steps\.1\.page": verwacht een URL van deze site/) }]);
  });

  it('report broken YAML with its line', () => {
    const problems: ContentProblem[] = [];
    readDataFile('content/data/x.yaml', 'title: [open\nsteps: 1\n', lessonRouteSchema, problems);
    expect(problems[0]).toMatchObject({ file: 'content/data/x.yaml', message: expect.stringMatching(/^geen geldige YAML/) });
  });

  it('keep every valid page and report an unknown source key as a problem, not silently', () => {
    const files: ContentFiles = {
      pages: [{ file: 'content/begrippen/ervaringskennis.mdx', text: `${FRONT}\nTekst.\n` }],
      routes: [],
      sources: { file: 'content/bronnen.yaml', text: 'lejo-2025:\n  kind: brondocument\n  label: LEJO, 2025\nBad Key:\n  kind: brondocument\n  label: X\n' },
      glossary: { file: 'content/data/begrippenlijst.yaml', text: 'terms:\n' },
      cirkelmodel: { file: 'content/data/cirkelmodel.yaml', text: 'title: C\nsteps: [{ id: a, label: A }, { id: b, label: B }, { id: c, label: C }]\nlinear: [{ label: A }, { label: B }]\n' },
      implementatie: { file: 'content/data/implementatie.yaml', text: 'themes:\n  - id: t\n    title: T\n    source: { source: lejo-2025 }\n    questions: [{ id: q, text: Vraag? }]\n' },
    };
    const model = buildContentModel(files);
    expect(model.pages.map((page) => page.url)).toEqual(['/begrippen/ervaringskennis/']);
    expect(model.pages[0]?.isConcept).toBe(true);
    expect(model.problems).toEqual([{ file: 'content/bronnen.yaml', line: 4, message: expect.stringMatching(/^veld "Bad Key": ongeldige sleutel; verwacht een bronsleutel/) }]);
  });

  it('name the field and its line in the real data files when a value is wrong', () => {
    // The data files only: reading the pages is not what this test is about.
    const files = { ...readContentFiles(resolve(import.meta.dirname, '../..')), pages: [] };
    files.cirkelmodel.text = files.cirkelmodel.text.replace(/id: [a-z-]+/, 'id: Foute Id');
    files.routes[0]!.text = files.routes[0]!.text.replace(/order: \d+/, 'order: twee');
    const messages = buildContentModel(files).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(new RegExp(`^${files.routes[0]!.file}:\\d+: veld "order": verwacht een getal, kreeg "twee"$`)),
      expect.stringMatching(/^content\/data\/cirkelmodel\.yaml:\d+: veld "steps\.0\.id": verwacht kleine letters, cijfers en streepjes/),
    ]);
  }, 20_000);
});
