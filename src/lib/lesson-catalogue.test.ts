import { describe, expect, it } from 'vitest';
import { cataloguePages, stepTitle, type LessonCatalogue } from './lesson-catalogue';
import { matchesEveryWord } from './match-words';

const catalogue: LessonCatalogue = [
  {
    title: 'Begrippen',
    pages: [
      { url: '/begrippen/pepper/', title: 'PEPPER', summary: 'Zes kenmerken.', sections: [{ id: 'ethisch', title: 'Ethisch', depth: 2 }] },
      { url: '/begrippen/zelfonthulling/', title: 'Zelfonthulling', summary: 'Iets van jezelf delen.', sections: [{ id: 'wanneer-wel', title: 'Wanneer wél delen', depth: 2 }] },
    ],
  },
  { title: 'Het visiedocument', pages: [{ url: '/visie/waarom/', title: 'Hoofdstuk 3: Waarom', summary: 'Argumenten.', sections: [{ id: 'financiele-argumenten', title: '3.4 Financiële argumenten', depth: 2 }] }] },
];

describe('the lesson catalogue', () => {
  it('finds a name that holds every word of the query, without accents or case', () => {
    expect(matchesEveryWord('Hoofdstuk 3: Waarom: 3.4 Financiële argumenten', 'financiele')).toBe(true);
    expect(matchesEveryWord('Zelfonthulling: Wanneer wél delen', 'WEL delen')).toBe(true);
    expect(matchesEveryWord('Zelfonthulling: Wanneer wél delen', 'niet delen')).toBe(false);
    expect(matchesEveryWord('PEPPER', '  ')).toBe(false);
  });

  it('names a step by its page, and by its section when it has one', () => {
    const pages = cataloguePages(catalogue);
    expect(stepTitle(pages.get('/begrippen/pepper/'), 'ethisch')).toBe('PEPPER: Ethisch');
    expect(stepTitle(pages.get('/begrippen/pepper/'), '')).toBe('PEPPER');
    expect(stepTitle(pages.get('/begrippen/pepper/'), 'bestaat-niet')).toBe('PEPPER');
    expect(stepTitle(undefined, '')).toBe('Onbekende pagina');
  });
});
