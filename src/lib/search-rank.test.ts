import { describe, expect, it } from 'vitest';
import { normalizeQuery, rankExactMatches } from './search-rank';

const page = (title: string, aliases: string[] = []) => ({ title, aliases });

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

  it('ranks an exact title above an exact alias', () => {
    const results = [page('Peer support', ['lotgenotencontact']), page('Lotgenotencontact')];
    expect(rankExactMatches(results, 'Lotgenotencontact')[0]!.title).toBe('Lotgenotencontact');
  });
});

describe('normalizeQuery', () => {
  it('ignores case, accents, punctuation and extra spaces', () => {
    expect(normalizeQuery('  Beïnvloeder!  ')).toBe('beinvloeder');
    expect(normalizeQuery('Politiek-kritisch')).toBe('politiek kritisch');
  });
});
