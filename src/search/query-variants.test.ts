import { describe, expect, it } from 'vitest';
import { joinedForm, mergeInOrder, queryVocabulary, rankBySummedScore, separateWords, splitForm } from './query-variants';

describe('joinedForm', () => {
  it('writes two or three words as one compound', () => {
    expect(joinedForm('jeugd zorg')).toBe('jeugdzorg');
    expect(joinedForm('Ervarings Deskundige')).toBe('ervaringsdeskundige');
    expect(joinedForm('lot genoten contact')).toBe('lotgenotencontact');
  });

  it('leaves one word, four or more words, and short words alone', () => {
    expect(joinedForm('jeugdzorg')).toBeUndefined();
    expect(joinedForm('mag ik iets over mezelf vertellen')).toBeUndefined();
    expect(joinedForm('rol 5')).toBeUndefined();
  });
});

describe('splitForm', () => {
  const vocabulary = queryVocabulary(['Implementatie: een checklist', 'Deze checklist geeft je vragen over organisatie']);

  it('splits a one-word compound into the words of page names and summaries', () => {
    expect(vocabulary.has('vragen')).toBe(true);
    expect(splitForm('implementatievragen', vocabulary)).toBe('implementatie vragen');
    expect(splitForm('Organisatievragen', vocabulary)).toBe('organisatie vragen');
  });

  it('leaves alone what is no compound of known words, or more than one word', () => {
    expect(splitForm('implementatie', vocabulary)).toBeUndefined();
    expect(splitForm('onbekendwoord', vocabulary)).toBeUndefined();
    expect(splitForm('implementatie vragen', vocabulary)).toBeUndefined();
  });
});

describe('separateWords', () => {
  it('gives the distinct words of a longer query, without single letters', () => {
    expect(separateWords('Mag ik iets over mezelf vertellen, mag ik?')).toEqual(['mag', 'ik', 'iets', 'over', 'mezelf', 'vertellen']);
    expect(separateWords('a b')).toEqual([]);
    expect(separateWords('zelfonthulling')).toEqual([]);
  });
});

describe('rankBySummedScore', () => {
  it('ranks pages by the sum of their scores over the words', () => {
    const mezelf = [{ id: 'a', score: 1 }];
    const vertellen = [
      { id: 'b', score: 3 },
      { id: 'a', score: 1.5 },
    ];
    const iets = [
      { id: 'c', score: 0.2 },
      { id: 'b', score: 0.1 },
    ];
    expect(rankBySummedScore([mezelf, vertellen, iets]).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(rankBySummedScore([])).toEqual([]);
  });
});

describe('mergeInOrder', () => {
  it('keeps each page once, at its first place', () => {
    expect(mergeInOrder([[{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }], []]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
