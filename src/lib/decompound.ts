/**
 * Dutch compounds for search. Pagefind matches whole words and prefixes, so "kennis" does not
 * find "ervaringskennis". At build time each long word is split into parts that are words
 * themselves, allowing the Dutch linking letters (ervaring-s-kennis, lotgenot-en-contact); the
 * parts are indexed as extra, invisible terms. The build's lexicon is a Dutch dictionary that
 * knows which words form compounds, cut only where Dutch hyphenation cuts
 * (src/lib/decompound-dictionary.ts): "chillende" is a word, but ver-schil-len-de has no cut
 * before it.
 */
const LINKING = ['s', 'en', 'e'];
const MIN_HEAD = 4;
const MIN_TAIL = 4;

/**
 * Endings that are words on their own but make adjectives and nouns of the word before them:
 * beroeps-matig is not "matig", mogelijk-heid not "heid", weten-schap not "schap". Never a part.
 */
const SUFFIXES = new Set(['heid', 'heden', 'lijk', 'lijke', 'lijkheid', 'lijkbaar', 'loosheid', 'waardigheid', 'waardiger', 'schap', 'schappen', 'schappelijk', 'schappelijke', 'matig', 'matige', 'baar', 'bare', 'loos', 'loze', 'achtig', 'achtige', 'waardig', 'waardige']);
/** Prefixes that are words on their own but change the word after them: voor-waarden are no values. */
const PREFIXES = new Set(['onder', 'over', 'voor', 'door', 'mede', 'tegen', 'achter', 'terug', 'weer']);

/** What decompounding relies on: which strings are words, and which cuts make a compound. */
export interface Lexicon {
  /** Whether `word` is a word on its own. */
  has(word: string): boolean;
  /**
   * Whether a compound may be cut between `head` as written (with its linking letters:
   * "ervarings") and the word `tail`. Without this, any two words may form a compound.
   */
  joins?(head: string, tail: string): boolean;
  /** Positions in `word` where a part may end or begin (its hyphenation points); any, if absent. */
  cuts?(word: string): ReadonlySet<number>;
  /** The parts of `word` as `decompound` gives them, remembered (src/lib/search-terms.ts); computed if absent. */
  split?(word: string): string[];
}

/** Lowercase words of a text (letters only, accents kept), for the vocabulary and for splitting. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * The word a compound's head stands for: without a linking s where that leaves a word (beroeps →
 * beroep, ervarings → ervaring), else as written (jongeren, waarde), else without -en or -e.
 */
export function headWord(head: string, lexicon: Pick<Lexicon, 'has'>): string | undefined {
  const without = (link: string) => (head.endsWith(link) && head.length - link.length >= MIN_HEAD ? head.slice(0, -link.length) : undefined);
  const candidates = [without('s'), head, ...LINKING.slice(1).map(without)];
  return candidates.find((word) => word !== undefined && lexicon.has(word));
}

/**
 * Splits `word` into its parts, longest head first; `[]` when it is no compound. The last part is
 * a word, the head is a word or a compound of them, and no part is a bare suffix or prefix.
 */
export function decompound(word: string, lexicon: Lexicon): string[] {
  const lower = word.toLowerCase();
  const cuts = lexicon.cuts?.(lower);
  const joins = lexicon.joins ?? (() => true);
  /** The parts of lower[start, end), or [] when it can't be split. */
  const split = (start: number, end: number, depth: number): string[] => {
    if (end - start < MIN_HEAD + MIN_TAIL || depth > 3) return [];
    for (let cut = end - MIN_TAIL; cut >= start + MIN_HEAD; cut--) {
      if (cuts && !cuts.has(cut)) continue;
      const head = lower.slice(start, cut);
      const tail = lower.slice(cut, end);
      const headPart = headWord(head, lexicon);
      if (!headPart || PREFIXES.has(headPart) || !lexicon.has(tail) || SUFFIXES.has(tail) || !joins(head, tail)) continue;
      return [headPart, ...split(start, start + headPart.length, depth + 1), tail];
    }
    return [];
  };
  return split(0, lower.length, 0);
}

/** The extra search terms for a text: every part of every compound in it, each once. */
export function compoundTerms(text: string, lexicon: Lexicon): string[] {
  const terms = new Set<string>();
  for (const word of new Set(wordsOf(text))) {
    for (const part of lexicon.split?.(word) ?? decompound(word, lexicon)) if (part !== word) terms.add(part);
  }
  return [...terms].sort();
}
