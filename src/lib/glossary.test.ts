import { describe, expect, it } from 'vitest';
import { glossaryAnchors, groupGlossary } from './glossary';

describe('groupGlossary', () => {
  it('sorts Dutch-style, ignoring case and accents, and groups by letter', () => {
    const groups = groupGlossary([
      { term: 'Registerplein', definition: 'r' },
      { term: 'ervaringskennis', definition: 'e', url: '/begrippen/ervaringskennis/' },
      { term: 'Épistemisch onrecht', definition: 'é' },
      { term: 'EBP', definition: 'ebp' },
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['E', 'R']);
    expect(groups[0]!.terms.map((t) => t.id)).toEqual(['ebp', 'epistemisch-onrecht', 'ervaringskennis']);
    expect(groups[0]!.terms[2]!.url).toBe('/begrippen/ervaringskennis/');
  });

  it('refuses two terms with one anchor, naming both', () => {
    expect(() => groupGlossary([{ term: 'Peer support', definition: 'a' }, { term: 'peer-support', definition: 'b' }])).toThrow(
      /"peer-support" en "Peer support" krijgen hetzelfde anker #peer-support/,
    );
  });
});

describe('glossaryAnchors', () => {
  it('uses the site slug rule', () => {
    expect(glossaryAnchors(['Zorgprofessional met ervaringsdeskundigheid (ZME)', 'KvE'])).toEqual([
      'zorgprofessional-met-ervaringsdeskundigheid-zme',
      'kve',
    ]);
  });
});
