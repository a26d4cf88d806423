import { describe, expect, it } from 'vitest';
import type { CardSection } from './result-cards';
import { combineWordResults, nameCoverage, proximity, rankQuestionResults, rankSections, sectionCoverage } from './question';

describe('proximity', () => {
  it('is the largest share of the words within a stretch of text', () => {
    expect(proximity({ hoofd: [10], hart: [12], kennis: [30] }, 3)).toBe(1);
    expect(proximity({ hoofd: [10], hart: [12], kennis: [300] }, 3)).toBeCloseTo(2 / 3);
    expect(proximity({ macht: [5], getal: [8] }, 2, 6)).toBe(1);
    expect(proximity({ macht: [5], getal: [40] }, 2, 6)).toBe(0.5);
    expect(proximity({}, 0)).toBe(0);
  });
});

describe('combineWordResults', () => {
  const lists = [
    { word: 'herstel', results: [{ id: 'lang', score: 3, words: [5, 900] }, { id: 'herstel', score: 10, words: [0, 40] }] },
    { word: 'empowerment', results: [{ id: 'herstel', score: 2, words: [42] }, { id: 'kort', score: 8, words: [3] }] },
  ];

  it('sums scores and positions per page and records which word matched where', () => {
    const herstel = combineWordResults(lists).find((page) => page.id === 'herstel')!;
    expect(herstel.score).toBe(12);
    expect(herstel.words).toEqual([0, 40, 42]);
    expect(herstel.hits).toEqual({ herstel: [0, 40], empowerment: [42] });
  });

  it('rates a page with all words close together above pages with one word', () => {
    expect(combineWordResults(lists).map((page) => page.id)).toEqual(['herstel', 'kort', 'lang']);
  });
});

describe('rankSections', () => {
  const sections: CardSection[] = [
    [0, 'wat-herstel-is', 'Wat herstel is'],
    [50, 'empowerment', 'Empowerment'],
    [100, 'herstel-en-empowerment', 'Herstel en empowerment'],
  ];

  it('puts the section with most of the words, in its heading above all, first', () => {
    const ranked = rankSections(sections, [1, 20, 50, 100, 102, 110], { herstel: [1, 20, 100], empowerment: [50, 102, 110] });
    expect(ranked.map(({ section }) => section[1])).toEqual(['herstel-en-empowerment', 'wat-herstel-is', 'empowerment']);
    expect(ranked[0]!.score).toBe(4);
    expect(sectionCoverage(ranked, 2)).toBe(1);
  });

  it('keeps page order among equal sections, counts only visible matches, and handles one word', () => {
    expect(rankSections(sections, [20, 60]).map(({ section }) => section[1])).toEqual(['wat-herstel-is', 'empowerment']);
    expect(rankSections(sections, [20], { herstel: [20, 101] }).map(({ section }) => section[1])).toEqual(['wat-herstel-is']);
    expect(sectionCoverage([], 2)).toBe(0);
  });
});

describe('nameCoverage', () => {
  it('is the share of the question that a title or alias makes up', () => {
    expect(nameCoverage(['Herstel', 'empowerment'], 'verschil tussen herstel en empowerment')).toBeCloseTo(1 / 3);
    expect(nameCoverage(['Waarden', 'vrije ruimte'], 'wat is vrije ruimte')).toBe(1);
    expect(nameCoverage(['Professionele nabijheid'], 'wat is nabijheid')).toBe(0);
  });
});

describe('rankQuestionResults', () => {
  it('adds section and name coverage to the rating from the index', () => {
    const results = [
      { url: '/a/', rating: 3, coverage: 0, names: ['Implementatie'] },
      { url: '/b/', rating: 2.5, coverage: 0.25, names: ['Waarden', 'vrije ruimte'] },
    ];
    expect(rankQuestionResults(results, 'wat is vrije ruimte').map((r) => r.url)).toEqual(['/b/', '/a/']);
    expect(rankQuestionResults(results, 'iets anders').map((r) => r.url)).toEqual(['/a/', '/b/']);
  });
});
