/**
 * Ranking for questions and other queries of several words ("hoe ontstaat ervaringskennis",
 * "verschil tussen herstel en empowerment"). Pagefind finds only pages holding every word, and
 * long pages hold nearly every word somewhere; the page that answers has the words together: in
 * its name, in one section's heading and text, or in one sentence. So each word the query is
 * about (src/search/words.ts) is searched on its own, and a page is rated in two steps:
 * - before its card is fetched, by the share of the words it holds, how close together they
 *   stand, and Pagefind's summed score (which picks the pages whose cards are fetched);
 * - with its card, also by how much of the query its best section and its name cover.
 */
import type { CardSection } from './result-cards';
import { contentWords } from './words';
import { normalizeQuery } from './rank';

/** A Pagefind result: its id, score and the positions of its matched words. */
export interface WordResult {
  id: string;
  score: number;
  words: number[];
}

/** Which word of the query matched where on a page. */
export type Hits = Record<string, number[]>;

/** A page found for some of a question's words, rated on what the index tells. */
export type QuestionResult<T> = T & { hits: Hits; rating: number };

/** Words apart that still count as together: a few sentences; and as a phrase ("macht van het getal"). */
const NEAR = 40;
const PHRASE = 6;

/**
 * How close together the query's words stand on the page: the largest share of them found within
 * a stretch of `near` words ("hoofd én hart" near "kennis"), 1 when all of them are.
 */
export function proximity(hits: Hits, wordCount: number, near = NEAR): number {
  const matches = Object.entries(hits)
    .flatMap(([word, positions]) => positions.map((position) => ({ position, word })))
    .sort((a, b) => a.position - b.position);
  const inWindow = new Map<string, number>();
  let best = 0;
  let from = 0;
  for (const match of matches) {
    inWindow.set(match.word, (inWindow.get(match.word) ?? 0) + 1);
    while (match.position - matches[from]!.position >= near) {
      const left = matches[from++]!.word;
      const count = inWindow.get(left)! - 1;
      if (count) inWindow.set(left, count);
      else inWindow.delete(left);
    }
    best = Math.max(best, inWindow.size);
  }
  return wordCount ? best / wordCount : 0;
}

/**
 * An OR search over the words of a query: every page found for any word, with the sum of its
 * scores, all its match positions, where each word matched, and its first rating, the sum of
 * - twice the share of the words it holds (a long page holds many words once);
 * - their proximity, and half of it again for a phrase;
 * - its summed score relative to the best page's;
 * - its score per word relative to the best page for that word, averaged: a word only a few pages
 *   have in their name ("implementeren") counts as much as a common one.
 * The weights were chosen on the query set's questions (tests/fixtures/search-queries.yaml). Best first.
 */
export function combineWordResults<T extends WordResult>(lists: readonly { word: string; results: readonly T[] }[]): QuestionResult<T>[] {
  const pages = new Map<string, QuestionResult<T>>();
  const perWord = new Map<string, number>();
  for (const { word, results } of lists) {
    const best = Math.max(...results.map((result) => result.score), Number.MIN_VALUE);
    for (const result of results) {
      perWord.set(result.id, (perWord.get(result.id) ?? 0) + result.score / best / lists.length);
      const page = pages.get(result.id);
      if (page) {
        page.score += result.score;
        page.words = [...new Set([...page.words, ...result.words])].sort((a, b) => a - b);
        page.hits[word] = result.words;
      } else pages.set(result.id, { ...result, words: [...result.words], hits: { [word]: result.words }, rating: 0 });
    }
  }
  const all = [...pages.values()];
  const best = Math.max(...all.map((page) => page.score), Number.MIN_VALUE);
  for (const page of all) {
    page.rating = (2 * Object.keys(page.hits).length) / lists.length + proximity(page.hits, lists.length) + 0.5 * proximity(page.hits, lists.length, PHRASE) + page.score / best + perWord.get(page.id)!;
  }
  return all.sort((a, b) => b.rating - a.rating);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The sections holding a match, best first: a section scores one for each word of the query in
 * its text and one more for each in its heading. Equal sections keep page order. Without `hits`
 * (a one-word query) each match counts for the one word.
 */
export function rankSections(sections: readonly CardSection[], locations: readonly number[], hits?: Hits): { section: CardSection; score: number }[] {
  const perWord = hits ? Object.values(hits) : [locations];
  const visible = new Set(locations);
  return sections
    .map((section, i) => {
      const [from, , title] = section;
      const to = sections[i + 1]?.[0] ?? Infinity;
      const headingEnd = from + wordCount(title);
      const inRange = (end: number) => perWord.filter((positions) => positions.some((p) => visible.has(p) && p >= from && p < end)).length;
      return { section, score: inRange(to) + inRange(headingEnd), order: i };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ section, score }) => ({ section, score }));
}

/** How much of the query the page's best section answers: 1 when one heading holds every word. */
export function sectionCoverage(ranked: readonly { score: number }[], wordCount: number): number {
  return wordCount && ranked.length ? Math.min(1, ranked[0]!.score / (2 * wordCount)) : 0;
}

/**
 * How much of the query a name of the page covers: the share of the query's words that make up
 * its title or an alias, when the query holds all of that name's words ("verschil herstel
 * empowerment" holds Herstel and the alias empowerment).
 */
export function nameCoverage(names: readonly string[], query: string): number {
  const asked = new Set(contentWords(normalizeQuery(query)));
  let best = 0;
  for (const name of names) {
    const words = contentWords(normalizeQuery(name));
    if (words.length && words.every((word) => asked.has(word))) best = Math.max(best, words.length / asked.size);
  }
  return best;
}

export interface Rated {
  /** The rating from the index (combineWordResults). */
  rating: number;
  /** How much of the query the best section covers (sectionCoverage). */
  coverage: number;
  names: readonly string[];
}

/** Orders the results of a question by their rating plus section and name coverage; ties keep their order. */
export function rankQuestionResults<T extends Rated>(results: readonly T[], query: string): T[] {
  return results
    .map((result, index) => ({ result, index, rating: result.rating + result.coverage + nameCoverage(result.names, query) }))
    .sort((a, b) => b.rating - a.rating || a.index - b.index)
    .map(({ result }) => result);
}
