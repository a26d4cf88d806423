/**
 * The names that the build side of search (the page templates that mark what Pagefind indexes,
 * the integration that builds the index and writes the result files) and the browser side (the
 * search box, the search page, the highlighter) must spell alike. Change a name here and both
 * sides follow; tests/search*.test.ts then say whether the built site still searches the same.
 *
 * The folder around this file is the search boundary:
 * - `build/`: the Pagefind index and the result files, run once after `astro build`;
 * - `browser/`: the code that loads in the reader's browser;
 * - the rest is pure and shared by both: the result file format (result-cards.ts), how Pagefind
 *   is asked and what it gives back (pagefind-adapter.ts), ranking, words and suggestions.
 *
 * Pagefind's own HTML attributes (`data-pagefind-body`, `-meta`, `-filter`, `-weight`, `-ignore`,
 * `-index-attrs`) are Pagefind's names, not ours: templates write them as they are, and
 * pagefind-adapter.ts says which Pagefind version they belong to. What they carry (the keys and
 * attribute names below) is ours.
 */

/**
 * Pagefind meta fields (`data-pagefind-meta`): the page's title and kind are shown on its result
 * card; its aliases, the parts of its compound names and the questions it answers are searched
 * and weighed (SEARCH_OPTIONS.ranking.metaWeights), and aliases also rank exact names first.
 */
export const META = {
  title: 'title',
  kind: 'kind',
  aliases: 'aliases',
  /** The parts of compound titles and aliases ("onthulling" for Zelfonthulling). */
  nameParts: 'delen',
  /** The questions a page answers, in readers' words (frontmatter `vragen`): searched, never shown. */
  questions: 'vragen',
} as const;

/** How a list is joined into one meta value (aliases, questions), and split again on a result card. */
export const LIST_SEPARATOR = ' · ';

/**
 * A meta field read from an attribute of the same element (`aliases[data-aliases]`): the value
 * lives in `data-<key>`, so that a list with colons or brackets needs no escaping for Pagefind.
 */
export const metaFromAttribute = (key: string) => `${key}[data-${key}]`;

/**
 * Pagefind filters (`data-pagefind-filter`). On /zoeken/ the same name is the URL parameter and
 * the form field: `/zoeken/?q=…&sectie=…&doelgroep=…&bron=…` is a shareable set of results.
 */
export const FILTERS = {
  /** The kind of page (its KIND_LABELS label, or Begrippenlijst, Leerroute, Pagina). */
  section: 'sectie',
  /** Who the page is for (page-schema AUDIENCES). */
  audience: 'doelgroep',
  /** Which source document it rests on (its registry key). */
  source: 'bron',
} as const;

/** The filters in the order the search page shows them. */
export const FILTER_NAMES = [FILTERS.section, FILTERS.audience, FILTERS.source] as const;

/** Pagefind's `data-pagefind-filter` value for a filter and a value: `sectie:Begrip`. */
export const filterValue = (filter: string, value: string) => `${filter}:${value}`;
/** Pagefind's `data-pagefind-meta` value for a fixed meta field: `kind:Begrip`. */
export const metaValue = (key: string, value: string) => `${key}:${value}`;

/**
 * The attribute with a page's hidden search terms (the parts of its compounds), indexed through
 * `data-pagefind-index-attrs`. It comes last in the article, so its words are the last of the
 * page's indexed text: result excerpts and sections stop before them (result-cards.ts), and the
 * build needs them to know where (build/hidden-terms.ts).
 */
export const HIDDEN_TERMS_ATTRIBUTE = 'data-zoektermen';

/** The language the whole site is indexed as (Pagefind's stemming). */
export const INDEX_LANGUAGE = 'nl';

/**
 * What the index leaves out: in-text citations, "(LEJO, 2025, §2.6)", are no words of the text;
 * they would fill result excerpts with brackets and make every page match "LEJO".
 */
export const EXCLUDED_SELECTORS = ['.cite'];

/**
 * Word positions per index chunk. Pagefind's default (20,000) makes chunks of about 31 kB gzip
 * on this site, and every query fetches at least one per word: with 500 a chunk is 1–5 kB, which
 * keeps most later queries under their 10 kB budget (BENCHMARKS.md). The cost is a longer chunk
 * list in the metadata fetched on focus (3.3 kB gzip instead of 1.5 kB). The setting is an
 * environment variable that Pagefind calls unstable (pagefind-adapter.ts);
 * tests/budgets.test.ts fails if a Pagefind upgrade stops honouring it.
 */
export const INDEX_CHUNK_SIZE = 500;

/** Where Pagefind's bundle lives in the built site (pagefind.js, its index, its highlighter). */
export const PAGEFIND_DIR = '/pagefind';
/** Where the result cards and text blocks live in the built site (result-cards.ts). */
export const RESULT_FILES_DIR = '/zoeken/resultaten';
/** Page names for "Bedoelde je …?" (src/pages/zoeken/namen.json.ts, suggest.ts). */
export const NAMES_FILE = '/zoeken/namen.json';
/** Words of names and summaries, for other readings of a query (src/pages/zoeken/woorden.json.ts, query-variants.ts). */
export const VOCABULARY_FILE = '/zoeken/woorden.json';
/** The search page. */
export const SEARCH_PAGE = '/zoeken/';

/** The URL parameter of a result link that carries the words to mark on the page it opens (?markeer=…). */
export const HIGHLIGHT_PARAM = 'markeer';
