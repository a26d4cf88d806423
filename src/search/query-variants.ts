/**
 * Other readings of a query, for when the words as typed find too little. Dutch writes compounds
 * as one word and readers split or join them their own way, and a question in plain words often
 * holds one word that no page uses:
 * - "jeugd zorg" is read as "jeugdzorg" (joined);
 * - "implementatievragen" as "implementatie vragen" (split with the build's decompounder);
 * - "mag ik iets over mezelf vertellen" as each word on its own, pages ranked by their summed
 *   score (an OR search), because no page has all six words.
 */
import { decompound, wordsOf } from '../lib/decompound';

/** Words of a query as Pagefind sees them: lowercase letters and digits. */
function queryWords(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** "jeugd zorg" → "jeugdzorg": two or three words of at least three letters, written as one. */
export function joinedForm(query: string): string | undefined {
  const words = queryWords(query);
  if (words.length < 2 || words.length > 3 || words.some((word) => word.length < 3)) return undefined;
  return words.join('');
}

/** "implementatievragen" → "implementatie vragen": a one-word query split into known words. */
export function splitForm(query: string, vocabulary: ReadonlySet<string>): string | undefined {
  const words = queryWords(query);
  if (words.length !== 1) return undefined;
  const parts = decompound(words[0]!, vocabulary);
  return parts.length > 1 ? [...new Set(parts)].join(' ') : undefined;
}

/** The words of a longer query worth searching on their own (an OR search), each once. */
export function separateWords(query: string): string[] {
  const words = [...new Set(queryWords(query))];
  return words.length > 1 ? words.filter((word) => word.length >= 2) : [];
}

/** The vocabulary for splitting a query: the words of every page name and summary. */
export function queryVocabulary(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap(wordsOf).filter((word) => word.length >= 4));
}

export interface Scored {
  id: string;
  score: number;
}

/** An OR search: every page found for any word, ranked by the sum of its scores. */
export function rankBySummedScore<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
  const totals = new Map<string, { result: T; score: number }>();
  for (const list of lists) {
    for (const result of list) {
      const seen = totals.get(result.id);
      totals.set(result.id, { result: seen?.result ?? result, score: (seen?.score ?? 0) + result.score });
    }
  }
  return [...totals.values()].sort((a, b) => b.score - a.score).map(({ result }) => result);
}

/** Lists joined in order of trust, each page once, at its first place. */
export function mergeInOrder<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const list of lists) {
    for (const result of list) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      merged.push(result);
    }
  }
  return merged;
}
