// With its extension: scripts/bench.mjs loads this file in plain Node, which resolves no other.
import { HIGHLIGHT_PARAM, META } from './contract.ts';

/**
 * How Pagefind ranks results on this site, shared by the search box and the search tests so
 * both measure the same thing. Titles weigh most, then the aliases a page declares (synonyms,
 * abbreviations, other names), then the parts of compound titles and aliases (`delen`: onthulling
 * for Zelfonthulling), then the questions a page says it answers (`vragen`); headings and body
 * text are weighted in the page itself.
 */
export const SEARCH_OPTIONS = {
  excerptLength: 24,
  // Search in the page, not in a Web Worker: one file (12 kB gzip) less to fetch for a first
  // query, and on a site of this size a query takes milliseconds either way (see BENCHMARKS.md).
  noWorker: true,
  // Result links carry the query (?markeer=...), so the page it opens can mark the words.
  highlightParam: HIGHLIGHT_PARAM,
  ranking: {
    // vragen: the questions a page answers, in readers' words (optional frontmatter).
    metaWeights: { [META.title]: 20, [META.aliases]: 16, [META.nameParts]: 12, [META.questions]: 8 },
  },
} as const;

/**
 * How long the search box waits after a keystroke for the next one before it searches: longer
 * than the pause between keys of a reader typing at a normal pace (about 150 ms), so that a word
 * being typed fetches no index or results for its first letters (tests/budgets.test.ts), and short
 * enough to show results within 300 ms of the last key.
 */
export const SEARCH_DEBOUNCE_MS = 180;
