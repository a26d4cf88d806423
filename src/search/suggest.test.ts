import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, suggestNames } from './suggest';

const names = [
  { name: 'Zelfonthulling', url: '/begrippen/zelfonthulling/', title: 'Zelfonthulling' },
  { name: 'self-disclosure', url: '/begrippen/zelfonthulling/', title: 'Zelfonthulling' },
  { name: 'Ervaringskennis', url: '/begrippen/ervaringskennis/', title: 'Ervaringskennis' },
  { name: 'Ervaringsdeskundigheid', url: '/begrippen/ervaringsdeskundigheid/', title: 'Ervaringsdeskundigheid' },
  { name: 'Stigma', url: '/begrippen/stigma/', title: 'Stigma' },
  { name: 'Registerplein', url: '/begrippenlijst/#registerplein', title: 'Begrippenlijst' },
];

describe('editDistance', () => {
  it('counts inserts, deletes, replacements and swaps', () => {
    expect(editDistance('stigma', 'stigma')).toBe(0);
    expect(editDistance('stigmma', 'stigma')).toBe(1);
    expect(editDistance('ervaringskenis', 'ervaringskennis')).toBe(1);
    expect(editDistance('ervaringsdeskundigheit', 'ervaringsdeskundigheid')).toBe(1);
    expect(editDistance('stgima', 'stigma')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early once the distance is too large to matter', () => {
    expect(editDistance('zelfonthulling', 'registerplein', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('suggestNames', () => {
  it('suggests the page a typo meant, once per page', () => {
    expect(suggestNames('zelfonthuling', names).map((n) => n.url)).toEqual(['/begrippen/zelfonthulling/']);
    expect(suggestNames('Registerpleinn', names)[0]?.url).toBe('/begrippenlijst/#registerplein');
    expect(suggestNames('ervaringskenis', names)[0]?.name).toBe('Ervaringskennis');
  });

  it('suggests nothing for an exact name, a short word or a far-off query', () => {
    expect(suggestNames('stigma', names)).toEqual([]);
    expect(suggestNames('zme', names)).toEqual([]);
    expect(suggestNames('jeugdbescherming', names)).toEqual([]);
  });

  it('allows more typos in longer words', () => {
    expect([3, 5, 8, 14].map(allowedEdits)).toEqual([0, 1, 2, 3]);
  });
});
