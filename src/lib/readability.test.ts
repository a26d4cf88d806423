import { describe, expect, it } from 'vitest';
import { averageSentenceLength, figuresOf, isLongWord, longWordShare, median, proseOfPage, readabilityOf, wordsOf } from './readability';

const PAGE = `---
kind: begrip
title: Voorbeeld
summary: >-
  Ervaringskennis is kennis uit je eigen leven. Je deelt die kennis.
aliases: [ervaringskennis, lived experience]
---
import Iets from '../components/Iets.astro';

Dit is de opening van de pagina, met een link naar [PEPPER](/begrippen/pepper/) en een bron <Cite source="lejo-2025" at="§2.2" />.
Dit is een tweede zin.

Een tweede alinea telt niet als opening.

## In het kort

- Eerste punt zonder punt aan het eind
- Tweede punt. Met twee zinnen.

## Een tabel eerst

| kolom | andere kolom |
| --- | --- |
| tekst in een tabel | telt niet |

<Anchor id="oud-anker" />

Pas deze alinea opent de sectie. Code als \`npm test\` telt niet.

\`\`\`text
ook dit blok niet
\`\`\`

> Een citaat telt wel mee.

<Iets label="niet" />
`;

describe('words and long words', () => {
  it('counts what stands between spaces and holds a letter or digit', () => {
    expect(wordsOf('Ja, 12 pagina’s — zo is het. ')).toEqual(['Ja,', '12', 'pagina’s', 'zo', 'is', 'het.']);
  });

  it('calls a word long from 13 letters, punctuation and digits not counted', () => {
    expect(isLongWord('implementatie')).toBe(true);
    expect(isLongWord('ervaringskennis,')).toBe(true);
    expect(isLongWord('ervaringen')).toBe(false);
    expect(isLongWord('§2.3-2.4-2.5-2.6')).toBe(false);
  });
});

describe('figuresOf', () => {
  it('counts sentences within each block, and a block end ends a sentence', () => {
    const figures = figuresOf(['Van Erp e.a. (2022) zeggen dit. Klopt dat?', 'Een punt zonder punt', '—']);
    expect(figures).toEqual({ words: 12, sentences: 3, longWords: 0 });
    expect(averageSentenceLength(figures)).toBe(4);
  });

  it('gives zero for no text', () => {
    const figures = figuresOf([]);
    expect(averageSentenceLength(figures)).toBe(0);
    expect(longWordShare(figures)).toBe(0);
  });
});

describe('proseOfPage', () => {
  it('keeps running text and leaves out frontmatter, headings, components, citations, tables and code', () => {
    const prose = proseOfPage(PAGE);
    expect(prose.summary).toEqual(['Ervaringskennis is kennis uit je eigen leven. Je deelt die kennis.']);
    expect(prose.body).toEqual([
      'Dit is de opening van de pagina, met een link naar PEPPER en een bron . Dit is een tweede zin.',
      'Een tweede alinea telt niet als opening.',
      'Eerste punt zonder punt aan het eind',
      'Tweede punt. Met twee zinnen.',
      'Pas deze alinea opent de sectie. Code als telt niet.',
      'Een citaat telt wel mee.',
    ]);
  });

  it('takes as opening the first paragraph or list after the title and after each heading', () => {
    expect(proseOfPage(PAGE).openings).toEqual([
      ['Dit is de opening van de pagina, met een link naar PEPPER en een bron . Dit is een tweede zin.'],
      ['Eerste punt zonder punt aan het eind', 'Tweede punt. Met twee zinnen.'],
      ['Pas deze alinea opent de sectie. Code als telt niet.'],
    ]);
  });

  it('reads a page without frontmatter', () => {
    expect(proseOfPage('Alleen tekst.').summary).toEqual([]);
  });
});

describe('readabilityOf', () => {
  it('gives figures for the summary, the openings together and the body', () => {
    const figures = readabilityOf(PAGE);
    expect(figures.sections).toBe(3);
    expect(figures.summary).toEqual({ words: 11, sentences: 2, longWords: 1 });
    expect(figures.openings.sentences).toBe(7);
    expect(figures.body.sentences).toBe(9);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
