import { describe, expect, it } from 'vitest';
import { exactNamesFirst, isExactTitle, isNearMiss, normalizeQuery, rankExactMatches } from './rank';

const page = (title: string, aliases: string[] = []) => ({ title, aliases });

describe('isExactTitle', () => {
  it('is the title as typed, in any case and spacing, not an alias or a part', () => {
    expect(isExactTitle(page('PEPPER'), ' pepper ')).toBe(true);
    expect(isExactTitle(page('Zorgprofessional met ervaringsdeskundigheid (ZME)', ['ZME']), 'zme')).toBe(false);
    expect(isExactTitle(page('Ervaringskennis'), 'kennis')).toBe(false);
  });
});

describe('rankExactMatches', () => {
  it('puts the page whose title is the query first, then exact aliases, else keeps the order', () => {
    const results = [page('Zorgprofessional met ervaringsdeskundigheid (ZME)', ['ZME']), page('Werkvelden'), page('Ervaringsdeskundigheid')];
    expect(rankExactMatches(results, 'ervaringsdeskundigheid').map((r) => r.title)).toEqual([
      'Ervaringsdeskundigheid',
      'Zorgprofessional met ervaringsdeskundigheid (ZME)',
      'Werkvelden',
    ]);
    expect(rankExactMatches(results, 'zme')[0]!.title).toBe('Zorgprofessional met ervaringsdeskundigheid (ZME)');
    expect(rankExactMatches(results, 'deskundig').map((r) => r.title)).toEqual(results.map((r) => r.title));
  });

  it('among pages with the same alias, puts the one whose title has more of its words first', () => {
    const results = [page('Praktijk en onderzoek', ['buurtteams Utrecht']), page('Ervaringsdeskundigen in de buurtteams van Utrecht', ['buurtteams Utrecht'])];
    expect(rankExactMatches(results, 'buurtteams Utrecht')[0]!.title).toBe('Ervaringsdeskundigen in de buurtteams van Utrecht');
  });

  it('ranks an exact title above an exact alias', () => {
    const results = [page('Peer support', ['lotgenotencontact']), page('Lotgenotencontact')];
    expect(rankExactMatches(results, 'Lotgenotencontact')[0]!.title).toBe('Lotgenotencontact');
  });
});

describe('a query that names a page among other words', () => {
  it('moves pages whose title or alias it names above the rest, in Pagefind order', () => {
    const results = [page('Ervaringsdeler'), page('Ervaringskennis'), page('De vijf rollen'), page('Ervaringsdeskundigheid'), page('PEPPER', ['politiek-kritisch'])];
    expect(rankExactMatches(results, 'verschil ervaringskennis ervaringsdeskundigheid').map((r) => r.title).slice(0, 2)).toEqual(['Ervaringskennis', 'Ervaringsdeskundigheid']);
    expect(rankExactMatches(results, 'politiek kritisch denken')[0]!.title).toBe('PEPPER');
    // Whole words only: "rollen" is no mention of the title "De vijf rollen".
    expect(rankExactMatches(results, 'rollen').map((r) => r.title)).toEqual(results.map((r) => r.title));
  });
});

describe('a one-word query that is the main word of a compound name', () => {
  it('moves ervaringsdeskundigheid above deskundigheidsbevorderaar for "deskundigheid"', () => {
    const results = [page('Deskundigheidsbevorderaar'), page('Vakgebied en beroep'), page('Ervaringsdeskundigheid')];
    expect(rankExactMatches(results, 'deskundigheid').map((r) => r.title)).toEqual(['Ervaringsdeskundigheid', 'Deskundigheidsbevorderaar', 'Vakgebied en beroep']);
  });

  it('ranks below a name the query contains, and needs four letters and one word', () => {
    const results = [page('Ervaringskennis'), page('Kennis')];
    expect(rankExactMatches(results, 'kennis')[0]!.title).toBe('Kennis');
    expect(rankExactMatches([page('Ander'), page('Ervaringsdeler')], 'ler')[0]!.title).toBe('Ander');
    expect(rankExactMatches([page('Ander'), page('Ervaringskennis')], 'veel kennis')[0]!.title).toBe('Ander');
  });
});

describe('normalizeQuery', () => {
  it('ignores case, accents, punctuation and extra spaces', () => {
    expect(normalizeQuery('  Beïnvloeder!  ')).toBe('beinvloeder');
    expect(normalizeQuery('Politiek-kritisch')).toBe('politiek kritisch');
  });
});

describe('isNearMiss', () => {
  it('spots results that only match a short start of an unknown word', () => {
    expect(isNearMiss('Ook <mark>er</mark> is <mark>Er</mark> iets', 'ervaringskenis')).toBe(true);
    expect(isNearMiss('onder <mark>Q.</mark>', 'qxzwvbk')).toBe(true);
  });

  it('keeps real matches, prefix matches, stems and excerpts without marks', () => {
    expect(isNearMiss('over <mark>zelfonthulling</mark>', 'zelfonthulling')).toBe(false);
    expect(isNearMiss('het <mark>PEPPER-model</mark>', 'pepp')).toBe(false);
    expect(isNearMiss('een <mark>rol</mark> als', 'rollen')).toBe(false);
    expect(isNearMiss('geen markering', 'kennis')).toBe(false);
    expect(isNearMiss('<mark>er</mark> en <mark>jeugdzorg</mark>', 'ervaringskenis jeugdzorg')).toBe(false);
  });
});

describe('exactNamesFirst', () => {
  it('moves exact titles, then exact aliases, to the front and keeps every other order', () => {
    const results = [page('Werkvelden'), page('Kerntaken', ['ondersteuning in contact']), page('Herstel'), page('Ondersteuning in contact')];
    expect(exactNamesFirst(results, 'Ondersteuning in contact').map((r) => r.title)).toEqual(['Ondersteuning in contact', 'Kerntaken', 'Werkvelden', 'Herstel']);
    expect(exactNamesFirst(results, 'iets anders').map((r) => r.title)).toEqual(results.map((r) => r.title));
  });
});
