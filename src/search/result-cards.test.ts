import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS } from './options';
import { BLOCK_WORDS, EXCERPT_WORDS, blockOf, markedTerms, buildExcerpt, excerptRegion, excerptWindow, fragmentWords, matchingSections, resultFiles, textBlocks, visibleMatches } from './result-cards';
import type { PagefindFragment } from './pagefind-adapter';

const resultCard = (fragment: PagefindFragment, hidden: string[] = []) => resultFiles(fragment, hidden).card;

const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i}`);

const fragment: PagefindFragment = {
  url: '/begrippen/stigma/',
  content: 'Stigma Uitleg in het kort. Stigma als ervaring hier. Zelfstigma tot slot.',
  meta: { title: 'Stigma', kind: 'Begrip', aliases: 'stigmatisering · taboe' },
  anchors: [
    { element: 'h2', id: 'zelfstigma', text: 'Zelfstigma', location: 9 },
    { element: 'h2', id: 'stigma-als-ervaring', text: 'Stigma als ervaring', location: 5 },
    { element: 'span', id: 'noot-1', text: 'noot', location: 7 },
    { element: 'h3', id: 'leeg', text: ' ', location: 8 },
  ],
};

describe('resultCard', () => {
  it('keeps title, kind, aliases, the word count and the sections with a heading, in page order', () => {
    expect(resultCard(fragment)).toEqual({
      url: '/begrippen/stigma/',
      title: 'Stigma',
      kind: 'Begrip',
      aliases: ['stigmatisering', 'taboe'],
      words: 12,
      sections: [
        [5, 'stigma-als-ervaring', 'Stigma als ervaring'],
        [9, 'zelfstigma', 'Zelfstigma'],
      ],
    });
  });

  it('falls back to the URL for a page without a title, and to no aliases', () => {
    const card = resultCard({ ...fragment, meta: {}, anchors: [] });
    expect([card.title, card.kind, card.aliases]).toEqual(['/begrippen/stigma/', '', []]);
  });
});

describe('hidden search terms', () => {
  it('end the text readers see: the card counts the words before them (the blocks keep them, so any match has a block)', () => {
    const { card, blocks } = resultFiles({ ...fragment, content: `${fragment.content} stigma zelf.` }, ['stigma', 'zelf']);
    expect(card.words).toBe(12);
    expect(blocks.join('\n').split('\n')).toHaveLength(14);
    expect(visibleMatches([0, 11, 12, 13], card)).toEqual([0, 11]);
  });

  it('fail the build, naming the page, when they are not the last words', () => {
    expect(() => resultFiles(fragment, ['stigma', 'zelf'])).toThrow(/\/begrippen\/stigma\/.*laatste woorden.*"tot slot\."/);
  });
});

describe('fragmentWords', () => {
  it('splits at white space, or at zero-width spaces when the text has them (as Pagefind does)', () => {
    expect(fragmentWords('een  twee\ndrie')).toEqual({ words: ['een', 'twee', 'drie'], zws: false });
    expect(fragmentWords('日本\u200B語 x')).toEqual({ words: ['日本', '語 x'], zws: true });
  });
});

describe('textBlocks', () => {
  it('cuts the words into blocks that overlap by an excerpt, so any excerpt fits in one block', () => {
    const text = words(BLOCK_WORDS * 2 + 10);
    const blocks = textBlocks(text);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]!.split('\n')).toEqual(text.slice(0, BLOCK_WORDS + EXCERPT_WORDS));
    expect(blocks[2]!.split('\n')).toEqual(text.slice(BLOCK_WORDS * 2));
    for (let start = 0; start + EXCERPT_WORDS <= text.length; start++) {
      const block = blocks[blockOf(start)]!.split('\n');
      expect(block.slice(start - blockOf(start) * BLOCK_WORDS).length).toBeGreaterThanOrEqual(Math.min(EXCERPT_WORDS, text.length - start));
    }
  });
});

describe('excerptRegion', () => {
  it('starts at 0 for a short text or no matches', () => {
    expect(excerptRegion([], 24)).toBe(0);
    expect(excerptRegion([3, 10], 24)).toBe(0);
  });

  it('finds the window with the most matches, and the middle of equally good windows', () => {
    // Matches at 100, 102, 104 beat the lone one at 10; windows 81..100 all hold all three.
    expect(excerptRegion([10, 100, 102, 104], 24)).toBe(90);
    expect(excerptRegion([50], 10)).toBe(45);
  });
});

describe('excerptWindow', () => {
  it('keeps the window inside the page', () => {
    expect(excerptWindow([50], 10, 52)).toEqual({ start: 42, length: 10 });
    expect(excerptWindow([2], 24, 5)).toEqual({ start: 0, length: 5 });
  });
});

describe('buildExcerpt', () => {
  it('cuts the window from its block and marks the matched words, escaped as text', () => {
    const text = words(BLOCK_WORDS + 50);
    text[BLOCK_WORDS + 3] = '<b>';
    const block = textBlocks(text)[1]!;
    expect(buildExcerpt(block, BLOCK_WORDS + 2, 3, [BLOCK_WORDS + 3, 7])).toBe(`w${BLOCK_WORDS + 2} <mark>&lt;b&gt;</mark> w${BLOCK_WORDS + 4}`);
  });

  it('reads across the end of a block into its overlap', () => {
    const block = textBlocks(words(BLOCK_WORDS * 2))[0]!;
    expect(buildExcerpt(block, BLOCK_WORDS - 1, 2, [BLOCK_WORDS])).toBe(`w${BLOCK_WORDS - 1} <mark>w${BLOCK_WORDS}</mark>`);
  });

  it('marks no small words', () => {
    const block = textBlocks('Herstel en empowerment, de balans'.split(' '))[0]!;
    expect(buildExcerpt(block, 0, 5, [0, 1, 2, 3])).toBe('<mark>Herstel</mark> en <mark>empowerment,</mark> de balans');
    expect(buildExcerpt(block, 0, 2, [1], false, true)).toBe('Herstel <mark>en</mark>');
  });

  it('shows words, not what is left of citation brackets', () => {
    const text = 'veerkracht en groei (Weerman e.a., 2019; geciteerd in ). Kintsugi is een kunst (geciteerd in ) van goud , zegt de bron .'.split(' ');
    expect(buildExcerpt(textBlocks(text)[0]!, 0, text.length, [])).toBe('veerkracht en groei. Kintsugi is een kunst van goud, zegt de bron.');
    const cut = '2019; geciteerd in ). Kintsugi is'.split(' ');
    expect(buildExcerpt(textBlocks(cut)[0]!, 0, cut.length, [4])).toBe('<mark>Kintsugi</mark> is');
  });
});

describe('matchingSections', () => {
  const sections = resultCard(fragment).sections;
  it('lists the sections that hold a match, not those before the first heading', () => {
    expect(matchingSections(sections, [0, 10]).map(([, id]) => id)).toEqual(['zelfstigma']);
    expect(matchingSections(sections, [5, 11]).map(([, id]) => id)).toEqual(['stigma-als-ervaring', 'zelfstigma']);
    expect(matchingSections(sections, [1])).toEqual([]);
  });
});

describe('markedTerms', () => {
  it('gives the words of the query as Pagefind puts them in ?markeer=: lower case, no punctuation or diacritics', () => {
    expect(markedTerms('Wat is PEPPER?')).toEqual(['wat', 'is', 'pepper']);
    expect(markedTerms('beïnvloeding  co-docent')).toEqual(['beinvloeding', 'codocent']);
    expect(markedTerms(' … ')).toEqual([]);
  });
});

describe('the excerpt length of the search box', () => {
  it('fits the overlap of the text blocks (else an excerpt near the end of a block is cut short)', () => {
    expect(SEARCH_OPTIONS.excerptLength).toBeLessThanOrEqual(EXCERPT_WORDS);
  });
});
