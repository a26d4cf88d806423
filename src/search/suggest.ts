/**
 * "Bedoelde je ...?": when a query matches no page name exactly, the page names (titles,
 * aliases, glossary terms) within a small edit distance, so that a typo such as "zelfonthuling"
 * still leads to Zelfonthulling. Pagefind itself only matches words and their prefixes.
 */
import { normalizeQuery } from './rank';

export interface PageName {
  /** The name as a reader would type it: a title, an alias or a glossary term. */
  name: string;
  /** Where it leads (site path, perhaps with #anchor). */
  url: string;
  /** The title of the page it leads to. */
  title: string;
}

/** Edits (insert, delete, replace, swap two neighbours) to turn `a` into `b`; stops early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How many typos a query of this length may hold: short words need to be nearly right. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length <= 5 ? 1 : length <= 10 ? 2 : 3;
}

/** The closest page names to a query (one per page), nearest first; none for an exact name. */
export function suggestNames(query: string, names: PageName[], limit = 3): PageName[] {
  const wanted = normalizeQuery(query);
  const max = allowedEdits(wanted.length);
  if (max === 0) return [];
  const scored = names
    .map((entry) => ({ entry, distance: editDistance(wanted, normalizeQuery(entry.name), max) }))
    .filter(({ distance }) => distance <= max);
  if (scored.some(({ distance }) => distance === 0)) return [];
  scored.sort((a, b) => a.distance - b.distance || a.entry.name.length - b.entry.name.length);
  const seen = new Set<string>();
  return scored
    .map(({ entry }) => entry)
    .filter((entry) => !seen.has(entry.url) && seen.add(entry.url))
    .slice(0, limit);
}
