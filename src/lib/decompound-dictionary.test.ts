import { describe, expect, it } from 'vitest';
import { compoundTerms, decompound, wordsOf } from './decompound';
import { dutchLexicon, hyphenationPoints, isDutchWord } from './decompound-dictionary';

// The site's own words: the parts a compound's head may be (see dutchLexicon).
const siteWords = new Set(wordsOf('ervaring kennis zelf lotgenoten beroep angst jeugd jeugdzorg zorg pepper verschil maat mogelijk regel weten voor kunst'));
const lexicon = dutchLexicon(['PEPPER-consortium', 'ZME', 'LEJO', 'ervarings kennis'], siteWords);

describe('the Dutch lexicon', () => {
  it('knows Dutch words and the field’s own terms, not fragments', () => {
    for (const word of ['ervaring', 'kennis', 'deskundigheid', 'onthulling', 'stoornissen', 'pepper', 'zme']) expect(lexicon.has(word), word).toBe(true);
    // "ervarings" is in a name ("ervarings kennis"), but only as the linking form of ervaring.
    for (const fragment of ['chappelijke', 'toornissen', 'lijkheid', 'skennis', 'ervarings']) expect(lexicon.has(fragment), fragment).toBe(false);
    expect(isDutchWord('pepper')).toBe(false);
  });

  it('cuts words where Dutch hyphenation does', () => {
    expect([...hyphenationPoints('ervaringskennis')]).toEqual([2, 4, 9, 12]);
    expect([...hyphenationPoints('verschillende')]).toEqual([3, 8, 11]);
    expect(hyphenationPoints('zorg').size).toBe(0);
  });
});

describe('decompound with the Dutch lexicon', () => {
  it.each([
    ['ervaringskennis', ['ervaring', 'kennis']],
    ['ervaringsdeskundigheid', ['ervaring', 'deskundigheid']],
    ['zelfonthulling', ['zelf', 'onthulling']],
    ['lotgenotencontact', ['lotgenoten', 'contact']],
    ['beroepsregister', ['beroep', 'register']],
    ['angststoornissen', ['angst', 'stoornissen']],
    ['jeugdzorgprofessional', ['jeugdzorg', 'jeugd', 'zorg', 'professional']],
    ['ervaringsvrijwilliger', ['ervaring', 'vrijwilliger']],
    ['pepperconsortium', ['pepper', 'consortium']],
  ])('%s → %j', (word, parts) => {
    expect(decompound(word, lexicon)).toEqual(parts);
  });

  // The wrong splits of issue 23, from the hidden terms of /begrippen/collectieve-ervaringskennis/.
  it.each([
    ['verschillende', 'chillende'],
    ['maatschappelijke', 'chappelijke'],
    ['angststoornissen', 'toornissen'],
    ['mogelijkheid', 'lijkheid'],
    ['verantwoordelijkheid', 'lijkheid'],
    ['beroepsmatig', 'matig'],
    ['regelmatig', 'matig'],
    ['wetenschappelijke', 'schappelijke'],
    ['voorwaarden', 'waarden'],
    ['kunstenaar', 'naar'],
    ['combineren', 'neren'],
  ])('%s never yields "%s"', (word, wrong) => {
    expect(decompound(word, lexicon)).not.toContain(wrong);
  });

  it('leaves plain and derived words whole', () => {
    for (const word of ['verschillende', 'maatschappelijke', 'mogelijkheid', 'beroepsmatig', 'generalisten', 'wetenschappelijke', 'kunstenaar']) expect(decompound(word, lexicon), word).toEqual([]);
  });

  it('gives no hidden term that is not a Dutch word or a term of the field', () => {
    const text = 'Verschillende maatschappelijke organisaties, angststoornissen, de mogelijkheid tot beroepsmatig werken en ervaringsdeskundigheid.';
    const terms = compoundTerms(text, lexicon);
    expect(terms).toEqual(['angst', 'deskundigheid', 'ervaring', 'stoornissen']);
    expect(terms.filter((term) => !lexicon.has(term))).toEqual([]);
  });
});
