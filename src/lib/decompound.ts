/**
 * Dutch compounds for search. Pagefind matches whole words and prefixes, so "kennis" does not
 * find "ervaringskennis". At build time each long word is split into parts that occur as words
 * in the site's own text, allowing the Dutch linking letters (ervaring-s-kennis,
 * lotgenot-en-contact); the parts are indexed as extra, invisible terms. No hand-kept list.
 */
const LINKING = ['', 's', 'en', 'e'];
const MIN_HEAD = 4;
const MIN_TAIL = 4;
/** An unknown tail must be this long to count (onthulling yes, the -pelijke of wetenschappelijke no). */
const UNKNOWN_TAIL = 8;

/** Lowercase words of a text (letters only, accents kept), for the vocabulary and for splitting. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * Splits `word` into known parts, longest head first; `[]` when it is no compound. A tail that is
 * not a known word itself is still kept when it is long enough (onthulling in zelfonthulling).
 */
export function decompound(word: string, vocabulary: ReadonlySet<string>, depth = 0): string[] {
  const lower = word.toLowerCase();
  if (lower.length < MIN_HEAD + MIN_TAIL || depth > 3) return [];
  // First look for a split whose tail is a known word (or itself a compound); only then accept
  // an unknown but long tail, so that ervaring-s-kennis wins over ervaring + "skennis".
  for (const tailMustBeKnown of [true, false]) {
    for (let cut = lower.length - MIN_TAIL; cut >= MIN_HEAD; cut--) {
      const head = lower.slice(0, cut);
      if (!vocabulary.has(head)) continue;
      // When falling back to an unknown tail, try the linking letters first (ervaring-s-deskundige).
      for (const link of tailMustBeKnown ? LINKING : [...LINKING.slice(1), '']) {
        const rest = lower.slice(cut);
        if (!rest.startsWith(link)) continue;
        const tail = rest.slice(link.length);
        if (tail.length < MIN_TAIL) continue;
        const tailParts = decompound(tail, vocabulary, depth + 1);
        const known = vocabulary.has(tail) || tailParts.length > 0;
        if (tailMustBeKnown ? known : tail.length >= UNKNOWN_TAIL) {
          return [head, ...decompound(head, vocabulary, depth + 1), ...(vocabulary.has(tail) || !known ? [tail] : []), ...tailParts];
        }
      }
    }
  }
  return [];
}

/** The extra search terms for a text: every part of every compound in it, each once. */
export function compoundTerms(text: string, vocabulary: ReadonlySet<string>): string[] {
  const terms = new Set<string>();
  for (const word of new Set(wordsOf(text))) {
    for (const part of decompound(word, vocabulary)) if (part !== word) terms.add(part);
  }
  return [...terms].sort();
}
