/** The builder's search over names of pages and sections (src/scripts/lesson-builder.ts). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether a name holds every word of the query (without accents or case): the builder's search
 * over its pages and sections. An empty query matches nothing (the reader browses instead).
 */
export function matchesEveryWord(name: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => fold(name).includes(word));
}
