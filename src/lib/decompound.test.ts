import { describe, expect, it } from 'vitest';
import { compoundTerms, decompound, wordsOf } from './decompound';

const vocabulary = new Set(wordsOf(
  'ervaring kennis deskundigheid deskundig zorg jeugd zelf beroep register lotgenoten contact ' +
  'ervaringskennis ervaringsdeskundigheid jeugdzorg zelfonthulling beroepsregister lotgenotencontact ' +
  'werk team buurt buurtteam generalisten',
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
    expect(decompound('wetenschappelijke', new Set(['wetenschap']))).toEqual([]);
  });

  it('drops a linking s before an unknown tail', () => {
    expect(decompound('ervaringsdeskundige', new Set(['ervaring']))).toEqual(['ervaring', 'deskundige']);
  });
});

describe('compoundTerms', () => {
  it('lists each part once, never the word itself', () => {
    expect(compoundTerms('Ervaringskennis en ervaringskennis; jeugdzorg.', vocabulary)).toEqual(['ervaring', 'jeugd', 'kennis', 'zorg']);
  });
});
