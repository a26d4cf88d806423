import { describe, expect, it } from 'vitest';
import { contentWords, queryWords, SMALL_WORDS } from './words';

describe('contentWords', () => {
  it('keeps what a question is about, without question words and small words, each once', () => {
    expect(contentWords('Hoe ontstaat ervaringskennis?')).toEqual(['ontstaat', 'ervaringskennis']);
    expect(contentWords('wat is het verschil tussen herstel en empowerment')).toEqual(['verschil', 'herstel', 'empowerment']);
    expect(contentWords("Collega's die ervaringsdeskundigen niet zien zitten")).toEqual(['collega', 'ervaringsdeskundigen', 'zien', 'zitten']);
    expect(contentWords('stigma stigma')).toEqual(['stigma']);
  });

  it('keeps all words of a query of small words only, so it still searches for something', () => {
    expect(contentWords('wat is het')).toEqual(['wat', 'is', 'het']);
  });
});

describe('queryWords', () => {
  it('splits as Pagefind does: lowercase letters and digits', () => {
    expect(queryWords('Kerntaak 3: emancipatoire beïnvloeding!')).toEqual(['kerntaak', '3', 'emancipatoire', 'beïnvloeding']);
  });
});

describe('SMALL_WORDS', () => {
  it('holds articles, conjunctions and question words, not words of the field', () => {
    for (const word of ['de', 'het', 'een', 'en', 'van', 'in', 'op', 'hoe', 'wat', 'waarom', 'mag']) expect(SMALL_WORDS.has(word), word).toBe(true);
    for (const word of ['ervaring', 'kennis', 'stigma', 'zelf', 'rol']) expect(SMALL_WORDS.has(word), word).toBe(false);
  });
});
