/**
 * Exact matches first. Words that occur on nearly every page of this site (ervaringskennis,
 * ervaringsdeskundigheid) get almost no weight from Pagefind's BM25 ranking, so the page whose
 * title *is* the query can land third. After Pagefind, a page whose title equals the query moves
 * to the front, then a page with that alias; otherwise Pagefind's order stays.
 */
export interface Rankable {
  title: string;
  aliases: string[];
}

export function normalizeQuery(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function rankExactMatches<T extends Rankable>(results: T[], query: string): T[] {
  const wanted = normalizeQuery(query);
  const tier = (result: T) => {
    if (normalizeQuery(result.title) === wanted) return 0;
    if (result.aliases.some((alias) => normalizeQuery(alias) === wanted)) return 1;
    return 2;
  };
  return results
    .map((result, index) => ({ result, index, tier: tier(result) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ result }) => result);
}
