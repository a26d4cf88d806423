/**
 * Search results without Pagefind's fragments. Pagefind shows a result by fetching its page's
 * fragment: the whole text of the page (median 4.6 kB gzip here, up to 19 kB), only to cut an
 * excerpt of 24 words from it. At build time we split each fragment into a result card (title,
 * kind, aliases, where its sections start) and the text in numbered blocks of words; a result
 * then costs its card and the one block its excerpt lies in, about 1 kB together.
 *
 * The excerpt and the matching sections are computed the way Pagefind computes them (its
 * `calculate_excerpt_region`, `build_excerpt` and `calculate_sub_results`), on the same word
 * positions: a result's `words` are positions in the fragment's text split at white space. One
 * difference: Pagefind weighs each match by its score when it picks the excerpt's window, and its
 * results don't expose those scores, so here every match counts one.
 */
import { HIDDEN_TERMS_ATTRIBUTE, LIST_SEPARATOR, META, RESULT_FILES_DIR } from './contract';
import type { PagefindFragment } from './pagefind-adapter';
import { SMALL_WORDS } from './words';

/**
 * Words per text block. A block file also holds the next EXCERPT_WORDS words, so that every
 * excerpt starting in block k can be cut from that one file. Larger blocks make fewer files
 * (989 with 100 words, 809 with 125, 538 with 200 on this site), but each result fetches one
 * whole block: with 125 words the first query from a concept page costs 89.6 kB of its 90 kB
 * budget (tests/budgets.test.ts; 89.2 kB with 100 words, 90.0 with 150, 90.9 with 200), and later
 * one-word queries at most 8.8 kB of their 10 kB (tests/search.test.ts). The results and their
 * excerpts are the same at any size.
 */
export const BLOCK_WORDS = 125;
/** The longest excerpt the blocks allow for (SEARCH_OPTIONS.excerptLength may not exceed it). */
export const EXCERPT_WORDS = 24;
export const cardPath = (id: string) => `${RESULT_FILES_DIR}/${id}.json`;
export const blockPath = (id: string, block: number) => `${RESULT_FILES_DIR}/${id}/${block}.txt`;

/** A section of a page: the word position where its heading starts, its anchor and its title. */
export type CardSection = [location: number, id: string, title: string];

export interface ResultCard {
  url: string;
  title: string;
  kind: string;
  aliases: string[];
  /** Number of words of the page's text that readers see (the hidden search terms follow them). */
  words: number;
  /** Present (true) when the text is split at zero-width spaces, as Pagefind does for such text. */
  zws?: true;
  sections: CardSection[];
}

/** Pagefind's word split (build_excerpt): at zero-width spaces if the text has any, else at white space. */
export function fragmentWords(content: string): { words: string[]; zws: boolean } {
  const zws = content.includes('\u200B');
  return { words: zws ? content.split('\u200B') : content.split(/[^\S\uFEFF]+/g), zws };
}

/** Pagefind's sub-result anchors: elements with a title, or headings with text. */
function isSectionAnchor(anchor: PagefindFragment['anchors'][number]): boolean {
  return Boolean((anchor.title && /\S/.test(anchor.title)) || (/h\d/i.test(anchor.element) && anchor.text && /\S/.test(anchor.text)));
}

/**
 * The page's hidden search terms (HIDDEN_TERMS_ATTRIBUTE, see PageLayout.astro) come last in its
 * indexed text; excerpts and sections must stop before them. Returns how many words they are,
 * after checking that they really are the last words.
 */
function hiddenTermCount(url: string, words: readonly string[], terms: readonly string[]): number {
  const tail = words.slice(words.length - terms.length);
  // Pagefind ends the text of a block element with a full stop.
  if (terms.length && tail.join(' ').replace(/\.$/, '') !== terms.join(' ')) {
    throw new Error(`Zoekresultaten voor ${url}: verwacht dat de verborgen zoektermen ("${terms.slice(0, 3).join(' ')} …") de laatste woorden van de doorzochte tekst zijn, maar die eindigt op "${tail.slice(-3).join(' ')}". Staat de span met ${HIDDEN_TERMS_ATTRIBUTE} nog als laatste in het artikel?`);
  }
  return terms.length;
}

/** A page's card and text blocks, from its Pagefind fragment and the hidden search terms its HTML declares. */
export function resultFiles(fragment: PagefindFragment, hiddenTerms: readonly string[] = []): { card: ResultCard; blocks: string[] } {
  const { words: all, zws } = fragmentWords(fragment.content);
  const words = all.slice(0, all.length - hiddenTermCount(fragment.url, all, hiddenTerms));
  // The blocks keep the hidden terms: a block guessed from match positions alone then always exists.
  return { card: resultCard(fragment, words, zws), blocks: textBlocks(all) };
}

function resultCard(fragment: PagefindFragment, words: readonly string[], zws: boolean): ResultCard {
  const sections = fragment.anchors
    .filter((anchor) => isSectionAnchor(anchor) && anchor.location < words.length)
    .sort((a, b) => a.location - b.location)
    .map((anchor): CardSection => [anchor.location, anchor.id, (anchor.title || anchor.text || '').trim()]);
  return {
    url: fragment.url,
    title: fragment.meta[META.title] ?? fragment.url,
    kind: fragment.meta[META.kind] ?? '',
    aliases: (fragment.meta[META.aliases] ?? '').split(LIST_SEPARATOR).filter(Boolean),
    words: words.length,
    ...(zws ? { zws: true as const } : {}),
    sections,
  };
}

/** The text blocks of a page: block k holds words k·BLOCK_WORDS up to (k+1)·BLOCK_WORDS + EXCERPT_WORDS, one per line. */
export function textBlocks(words: readonly string[]): string[] {
  const blocks: string[] = [];
  for (let start = 0; start < words.length; start += BLOCK_WORDS) blocks.push(words.slice(start, start + BLOCK_WORDS + EXCERPT_WORDS).join('\n'));
  return blocks;
}

/**
 * Pagefind's calculate_excerpt_region: the start of the window of `length` words holding the
 * most matches (the middle one of equally good windows in a row). Pagefind weighs each match by
 * its score, which its results don't expose; here every match counts one.
 */
export function excerptRegion(locations: readonly number[], length: number): number {
  if (!locations.length) return 0;
  const counts: number[] = [];
  for (const location of locations) counts[location] = (counts[location] ?? 0) + 1;
  if (counts.length <= length) return 0;
  let sum = 0;
  for (let i = 0; i < length; i++) sum += counts[i] ?? 0;
  let densest = sum;
  let densestAt = [0];
  for (let i = 0; i < counts.length; i++) {
    sum += (counts[i + length] ?? 0) - (counts[i] ?? 0);
    if (sum > densest) {
      densest = sum;
      densestAt = [i];
    } else if (sum === densest && densestAt[densestAt.length - 1] === i - 1) densestAt.push(i);
  }
  return densestAt[Math.floor(densestAt.length / 2)]!;
}

/** The excerpt's first word and length once kept inside the page (as build_excerpt does). */
export function excerptWindow(locations: readonly number[], length: number, total: number): { start: number; length: number } {
  const kept = Math.min(length, total);
  const start = Math.max(0, Math.min(excerptRegion(locations, length), total - kept));
  return { start, length: kept };
}

/** Which block files an excerpt needs: the block its window starts in (the window always fits, see BLOCK_WORDS). */
export const blockOf = (position: number) => Math.floor(position / BLOCK_WORDS);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What is left of an in-text citation once the index leaves out its bracket ("(LEJO, 2025, §2.6)",
 * see src/search/build/pagefind-index.ts): "(Van Erp e.a., 2022; geciteerd in )", also cut off by the
 * excerpt's start. Excerpts show words, not citation brackets.
 */
const CITATION_REST = /\s*(?:\([^()]*?|^[^()]*?)geciteerd in\s*\)/g;

/** A word that is never marked: "en" and "de" marked on every line tell the reader nothing. */
const isSmallWord = (word: string) => SMALL_WORDS.has(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));

/**
 * The excerpt in Pagefind's form: the window's words with <mark> around the matched ones, except
 * small words, and without what remains of citations. Unlike Pagefind, which escapes only < and
 * >, it escapes & too (renderExcerpt in search.ts undoes all three). `block` is the text of block
 * `blockOf(start)`. With `everyMatch`, small words are marked too: what tells a near miss ("er"
 * for an unknown word) from a match.
 */
export function buildExcerpt(block: string, start: number, length: number, locations: readonly number[], zws = false, everyMatch = false): string {
  const offset = blockOf(start) * BLOCK_WORDS;
  const words = block.split('\n').slice(start - offset, start - offset + length);
  const matched = new Set(locations);
  return words
    .map((word, i) => (matched.has(start + i) && (everyMatch || !isSmallWord(word)) ? `<mark>${escapeText(word)}</mark>` : escapeText(word)))
    .join(zws ? '' : ' ')
    .replace(CITATION_REST, '')
    .replace(/\s+(?=[.,;:])/g, '')
    .replace(/^[\s.,;:)]+/, '')
    .trim();
}

/** The matches a reader can see: not those in the hidden search terms after the page's text. */
export const visibleMatches = (locations: readonly number[], card: Pick<ResultCard, 'words'>) => locations.filter((location) => location < card.words);

/** The sections (in page order) that hold at least one match, as Pagefind's sub-results. */
export function matchingSections(sections: readonly CardSection[], locations: readonly number[]): CardSection[] {
  return sections.filter(([from], i) => {
    const to = sections[i + 1]?.[0] ?? Infinity;
    return locations.some((location) => location >= from && location < to);
  });
}

/**
 * Pagefind's words of a query, for the ?markeer= of a result link: lower case, without
 * punctuation or diacritics (its normalizeDiacritics keeps only the Japanese sound marks).
 */
export function markedTerms(term: string): string[] {
  return term
    .toLocaleLowerCase()
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '')
    .split(/\s+/)
    .map((word) => word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '').normalize('NFC'))
    .filter(Boolean);
}
