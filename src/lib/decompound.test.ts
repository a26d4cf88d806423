import { describe, expect, it } from 'vitest';
import { compoundTerms, decompound, wordsOf } from './decompound';

const vocabulary = new Set(wordsOf(
  'ervaring kennis deskundigheid deskundig zorg jeugd zelf beroep register lotgenoten contact ' +
  'ervaringskennis ervaringsdeskundigheid jeugdzorg zelfonthulling onthulling beroepsregister lotgenotencontact ' +
  'werk team buurt buurtteam generalisten matig heid mogelijk voor waarden',
));

describe('decompound', () => {
  it.each([
    ['ervaringskennis', ['ervaring', 'kennis']],
    ['ervaringsdeskundigheid', ['ervaring', 'deskundigheid']],
    ['jeugdzorg', ['jeugd', 'zorg']],
    ['beroepsregister', ['beroep', 'register']],
    ['lotgenotencontact', ['lotgenoten', 'contact']],
    ['zelfonthulling', ['zelf', 'onthulling']],
    ['buurtteamwerk', ['buurtteam', 'buurt', 'team', 'werk']],
  ])('%s → %j', (word, parts) => {
    expect(decompound(word, vocabulary)).toEqual(parts);
  });

  it('leaves plain words alone', () => {
    expect(decompound('generalisten', vocabulary)).toEqual([]);
    expect(decompound('zorg', vocabulary)).toEqual([]);
  });

  it('does not split off parts that are too short to mean anything', () => {
    expect(decompound('zorgen', new Set(['zorg']))).toEqual([]);
  });

  it('splits only into known words: an unknown tail is no part', () => {
    expect(decompound('ervaringsdeskundige', new Set(['ervaring']))).toEqual([]);
    expect(decompound('wetenschappelijke', new Set(['wetenschap']))).toEqual([]);
  });

  it('never splits off a suffix or prefix that happens to be a word', () => {
    expect(decompound('beroepsmatig', vocabulary)).toEqual([]);
    expect(decompound('mogelijkheid', vocabulary)).toEqual([]);
    expect(decompound('voorwaarden', vocabulary)).toEqual([]);
  });

  it('cuts only where the lexicon allows', () => {
    const cutAfterErvarings = { has: (word: string) => vocabulary.has(word), cuts: () => new Set([9]) };
    expect(decompound('ervaringskennis', cutAfterErvarings)).toEqual(['ervaring', 'kennis']);
    expect(decompound('ervaringskennis', { ...cutAfterErvarings, cuts: () => new Set([8]) })).toEqual([]);
  });
});

describe('compoundTerms', () => {
  it('lists each part once, never the word itself', () => {
    expect(compoundTerms('Ervaringskennis en ervaringskennis; jeugdzorg.', vocabulary)).toEqual(['ervaring', 'jeugd', 'kennis', 'zorg']);
  });
});
