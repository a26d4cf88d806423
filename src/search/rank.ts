/**
 * Exact matches first. Words that occur on nearly every page of this site (ervaringskennis,
 * ervaringsdeskundigheid) get almost no weight from Pagefind's BM25 ranking, so the page whose
 * title *is* the query can land third. After Pagefind, a page whose title equals the query moves
 * to the front, then a page with that alias, then a page whose title or alias the query names
 * among other words ("verschil ervaringskennis ervaringsdeskundigheid", "PEPPER model"), then a
 * page whose name ends in the query: Dutch compounds put their main word last, so
 * ervaringsdeskundigheid is a kind of deskundigheid and deskundigheidsbevorderaar is not;
 * otherwise Pagefind's order stays.
 */
export interface Rankable {
  title: string;
  aliases: string[];
}

export function normalizeQuery(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether `query` contains `name` as whole words ("pepper model" contains "pepper"). */
function containsWords(query: string, name: string): boolean {
  return name.length > 0 && ` ${query} `.includes(` ${name} `);
}

/** Whether a result's title or one of its aliases is exactly the query. */
export function isExactMatch(result: Rankable, query: string): boolean {
  const wanted = normalizeQuery(query);
  return [result.title, ...result.aliases].some((name) => normalizeQuery(name) === wanted);
}

/** The result whose title is exactly the query first, then those with such an alias; otherwise the order stays. */
export function exactNamesFirst<T extends Rankable>(results: readonly T[], query: string): T[] {
  const exact = rankExactMatches(results.filter((result) => isExactMatch(result, query)), query);
  return [...exact, ...results.filter((result) => !isExactMatch(result, query))];
}

/** Whether the result's title is the query (no other page can then rank above it). */
export function isExactTitle(result: Rankable, query: string): boolean {
  return normalizeQuery(result.title) === normalizeQuery(query);
}

/** Whether a word of `name` is a longer compound ending in the one-word `query` (its head). */
function endsInWord(query: string, name: string): boolean {
  return query.length >= 4 && !query.includes(' ') && name.split(' ').some((word) => word.length > query.length && word.endsWith(query));
}

export function rankExactMatches<T extends Rankable>(results: T[], query: string): T[] {
  const wanted = normalizeQuery(query);
  const tier = (result: T) => {
    if (isExactTitle(result, query)) return 0;
    if (result.aliases.some((alias) => normalizeQuery(alias) === wanted)) return 1;
    const names = [result.title, ...result.aliases].map(normalizeQuery);
    if (names.some((name) => containsWords(wanted, name))) return 2;
    if (names.some((name) => endsInWord(wanted, name))) return 3;
    return 4;
  };
  // Among pages with the same alias ("buurtteams Utrecht"), the one whose title has more of the words.
  const titleWords = (result: T) => normalizeQuery(result.title).split(' ').filter((word) => ` ${wanted} `.includes(` ${word} `)).length;
  return results
    .map((result, index) => ({ result, index, tier: tier(result), title: titleWords(result) }))
    .sort((a, b) => a.tier - b.tier || (a.tier === 1 ? b.title - a.title : 0) || a.index - b.index)
    .map(({ result }) => result);
}

/**
 * Whether a result is a near miss: for a word it doesn't know, Pagefind falls back to the longest
 * start of it that it does know, so "ervaringskenis" finds every "er" and "qxzwvbk" a "Q.". Such
 * a result marks only short beginnings of the query's words (under half their length); a real
 * match marks the word, a longer word (a prefix search) or a stem ("rol" for "rollen").
 */
export function isNearMiss(excerpt: string, query: string): boolean {
  const marks = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => normalizeQuery(match[1] ?? '')).filter(Boolean);
  const words = normalizeQuery(query).split(' ');
  return marks.length > 0 && marks.every((mark) => words.some((word) => word !== mark && word.startsWith(mark) && mark.length * 2 < word.length));
}
