/**
 * The small words of Dutch: articles, pronouns, prepositions, conjunctions, auxiliaries and the
 * question words a reader starts with ("hoe", "wat", "waarom", "mag"). A question is searched for
 * its other words (they say what it is about), and a page opened from a result never marks small
 * words: "en" and "de" on every line tell the reader nothing.
 */
export const SMALL_WORDS: ReadonlySet<string> = new Set(
  (
    // articles and pronouns
    'de het een ik je jij jou jouw u uw hij zij ze wij we hem haar hen hun ons onze mijn me mij men zich zichzelf mezelf jezelf ' +
    'die dat deze dit wie wat welk welke waar wanneer waarom hoe hoeveel ' +
    // prepositions, conjunctions, adverbs
    'van in op aan met voor door over bij naar uit om tot als dan of en maar want dus toch ook nog wel al niet geen ' +
    'er hier daar zo te tegen tussen onder na sinds zonder per via binnen buiten heel erg veel meer meest iets niets alles alle ' +
    'elkaar hetzelfde zulke zoals waarover waarin waarmee waarvoor waardoor n s af mee terug weg toe ' +
    // auxiliaries and light verbs
    'is ben bent zijn was waren wordt word worden werd kan kun kunt kunnen mag mogen moet moeten wil wilt willen zal zult zullen ' +
    'heeft hebt heb hebben had doe doet doen gaat ga gaan staat krijg krijgt krijgen betekent betekenen zegt zeggen'
  ).split(' '),
);

/** Lowercase words of a query as Pagefind splits them. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The words a query is about: its words without the small ones, each once. A query of small words
 * only ("wat is het") keeps them all, so that it still searches for something.
 */
export function contentWords(query: string): string[] {
  const words = [...new Set(queryWords(query))];
  const content = words.filter((word) => !SMALL_WORDS.has(word));
  return content.length ? content : words;
}
