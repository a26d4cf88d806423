import type { PagefindApi as Pagefind, PagefindResult } from '../pagefind-adapter';
import { NAMES_FILE, PAGEFIND_DIR, SEARCH_PAGE, VOCABULARY_FILE } from '../contract';
import { SEARCH_DEBOUNCE_MS, SEARCH_OPTIONS } from '../options';
import { exactNamesFirst, isExactMatch, isExactTitle, isNearMiss, rankExactMatches } from '../rank';
import { suggestNames, type PageName } from '../suggest';
import { withBase } from '../../lib/rehype-base-links';
import { joinedForm, mergeInOrder, rankBySummedScore, separateWords, splitForm } from '../query-variants';
import { fetchOnce, lazyJson } from '../../scripts/lazy-json';
import { blockOf, blockPath, buildExcerpt, cardPath, excerptWindow, markedTerms, visibleMatches, type ResultCard } from '../result-cards';
import { combineWordResults, rankQuestionResults, rankSections, sectionCoverage, type Hits } from '../question';
import { contentWords, queryWords } from '../words';

/**
 * Search as you type with Pagefind. Keyboard: `/` or Ctrl+K focuses the box, arrows move
 * through the results, Enter opens one, Escape closes the list. The result count is announced.
 * What it relies on of Pagefind's browser API: src/search/pagefind-adapter.ts.
 */

let pagefindPromise: Promise<Pagefind> | undefined;
/** Loads Pagefind once, from this site's own /pagefind/ folder. */
export function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = `${base.replace(/\/$/, '')}${PAGEFIND_DIR}/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, ...SEARCH_OPTIONS });
    // Start loading the search engine and index metadata now (on focus), so the first query
    // only waits for the index chunk of its words.
    void pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

export interface ResultView {
  url: string;
  title: string;
  kind: string;
  excerpt: string;
  sections: { title: string; url: string }[];
  aliases: string[];
  /** A "Bedoelde je ...?" suggestion for a typo, not a Pagefind match. */
  suggested?: boolean;
  /**
   * The words Pagefind matched, marked, including those in the hidden search terms that the
   * excerpt leaves out: what tells a near miss (isNearMiss) from a real match.
   */
  matched?: string;
  /** For a question: its rating from the index and how much of it the best section covers (search-question.ts). */
  rating?: number;
  coverage?: number;
}

let pageNamesFile: (() => Promise<[string, string, string][]>) | undefined;
let vocabularyFile: (() => Promise<string[]>) | undefined;
/** Page names for "Bedoelde je ...?", fetched only when a query names no page exactly. */
async function loadNames(base: string): Promise<PageName[]> {
  pageNamesFile ??= lazyJson<[string, string, string][]>(base, NAMES_FILE, []);
  return (await pageNamesFile()).map(([name, url, title]) => ({ name, url, title }));
}
/** The words of names and summaries, fetched only for a query that may need another reading. */
async function loadVocabulary(base: string): Promise<Set<string>> {
  vocabularyFile ??= lazyJson<string[]>(base, VOCABULARY_FILE, []);
  return new Set(await vocabularyFile());
}

/** Fewer results than this for the words as typed, and the search also tries other readings. */
const FEW_RESULTS = 3;

/**
 * Pagefind's results for the query. A query about several words (a question: "hoe ontstaat
 * ervaringskennis") is searched word by word, without its small words, and ranked later by
 * src/search/question.ts. Otherwise, where results are few, other readings of it are tried
 * too (see src/search/query-variants.ts): a split-up compound joined ("jeugd zorg") first, because
 * that is what the reader meant; then the words as typed; then a compound split into words; then
 * each word on its own.
 */
async function findResults(pagefind: Pagefind, base: string, term: string, filters: Record<string, string>, isCurrent: () => boolean): Promise<{ results: FoundResult[]; widened: boolean; question: boolean } | null> {
  // What the query is about: "wat betekent mdo" is about "mdo".
  const words = contentWords(term);
  const reading = words.join(' ');
  const joined = joinedForm(reading);
  const found = (search: { results: PagefindResult[] }, read: string) => search.results.map((result) => ({ ...result, term: read }));
  const searchFor = async (read: string) => found(await pagefind.search(read, { filters }), read);
  // Wait for the next keystroke before fetching any index: a newer query makes this one moot, also
  // one typed while the search engine was still loading.
  await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS));
  if (!isCurrent()) return null;
  const [typedSearch, vocabulary] = await Promise.all([pagefind.search(reading, { filters }), joined ? loadVocabulary(base) : undefined]);
  if (!isCurrent()) return null;
  const typed = found(typedSearch, reading);
  // A question (small words left out) or three words and more; two words alone are mostly a name.
  if (words.length > 2 || (words.length === 2 && words.length < queryWords(term).length)) {
    const lists = await Promise.all(words.map(async (word) => ({ word, results: (await pagefind.search(word, { filters })).results })));
    const combined = combineWordResults(lists).map((result) => ({ ...result, term: reading }));
    return { results: combined, widened: combined.length < FEW_RESULTS, question: true };
  }
  // Only into a word the site uses: for an unknown word Pagefind returns near misses ("co-").
  const joinedResults = joined && vocabulary?.has(joined) ? await searchFor(joined) : [];
  if (typed.length + joinedResults.length >= FEW_RESULTS) return { results: mergeInOrder([joinedResults, typed]), widened: false, question: false };
  const split = splitForm(reading, await loadVocabulary(base));
  const splitResults = split ? await searchFor(split) : [];
  const wordResults = await Promise.all(separateWords(term).map(searchFor));
  return { results: mergeInOrder([joinedResults, typed, splitResults, rankBySummedScore(wordResults)]), widened: true, question: false };
}

/** A Pagefind result and the reading of the query that found it (its words are marked on the page it opens). */
interface FoundResult extends PagefindResult {
  term: string;
  /** For a question: which of its words matched where, and its rating from the index. */
  hits?: Hits;
  rating?: number;
}

/**
 * What the reader sees of a result, from its card and the one text block its excerpt lies in
 * (see src/search/result-cards.ts), fetched side by side: about 1 kB where Pagefind's fragment
 * holds the whole page.
 */
async function loadView(base: string, result: FoundResult): Promise<ResultView> {
  const length = SEARCH_OPTIONS.excerptLength;
  // The block is guessed before the card says where the page's text ends; a wrong guess (a match
  // only in the hidden search terms, or near the end of the page) costs one more small fetch.
  const guessStart = excerptWindow(result.words, length, Infinity).start;
  const guess = blockOf(guessStart);
  const readBlock = (block: number) => fetchOnce(base, blockPath(result.id, block), (response) => response.text());
  const [card, guessed] = await Promise.all([fetchOnce(base, cardPath(result.id), (response) => response.json() as Promise<ResultCard>), readBlock(guess)]);
  const matches = visibleMatches(result.words, card);
  const window = excerptWindow(matches, length, card.words);
  const block = blockOf(window.start) === guess ? guessed : await readBlock(blockOf(window.start));
  const marks = new URLSearchParams(markedTerms(result.term).map((word) => [SEARCH_OPTIONS.highlightParam, word]));
  const url = `${withBase(base, card.url)}${marks.toString() ? `?${marks}` : ''}`;
  // The sections that answer best first: most words of the query, in the heading above all.
  const sections = rankSections(card.sections, matches, result.hits);
  return {
    url,
    title: card.title,
    kind: card.kind,
    excerpt: buildExcerpt(block, window.start, window.length, matches, card.zws),
    // The guessed block holds the densest matches, hidden terms included.
    matched: buildExcerpt(guessed, guessStart, length, result.words, card.zws, true),
    sections: sections.slice(0, 3).map(({ section: [, id, title] }) => ({ title, url: `${url}#${id}` })),
    aliases: card.aliases,
    ...(result.rating !== undefined ? { rating: result.rating, coverage: sectionCoverage(sections, contentWords(result.term).length) } : {}),
  };
}

/** The views of these results; one whose files can't be had is left out rather than failing the search. */
async function loadViews(base: string, results: FoundResult[]): Promise<ResultView[]> {
  const views = await Promise.all(
    results.map((result) =>
      loadView(base, result).catch((error: unknown) => {
        console.warn(`Zoeken: resultaat ${result.id} overgeslagen`, error);
        return undefined;
      }),
    ),
  );
  return views.filter((view) => view !== undefined);
}

/**
 * The results for `term`, best first, or null when a newer query made them moot: `isCurrent`
 * says whether the reader still wants this one, so that a word being typed fetches no results
 * for its first letters.
 */
export async function searchSite(base: string, term: string, limit = 8, filters: Record<string, string> = {}, isCurrent: () => boolean = () => true): Promise<ResultView[] | null> {
  const pagefind = await loadPagefind(base);
  const found = await findResults(pagefind, base, term, filters, isCurrent);
  if (!found || !isCurrent()) return null;
  const { results, widened, question } = found;
  // Each result shown costs its card and a text block (about 1 kB). Two more than shown when a
  // question is reranked, or when no page is called exactly this: a page that is may rank just
  // below (see search-rank); the query set needs no more than two.
  const views = await loadViews(base, results.slice(0, question ? limit + 2 : limit));
  if (!question && !views.some((view) => isExactTitle(view, term))) views.push(...(await loadViews(base, results.slice(limit, limit + 2))));
  const matches = views.filter((view) => !isNearMiss(view.matched ?? view.excerpt, term));
  const ranked = question ? exactNamesFirst(rankQuestionResults(matches.map((view) => ({ ...view, rating: view.rating ?? 0, coverage: view.coverage ?? 0, names: [view.title, ...view.aliases] })), term), term) : rankExactMatches(matches, term);
  // A page is called this, or the words as typed found several pages: no typo to suggest a name
  // for, and no need for the list of names (9 kB gzip).
  if (ranked.some((view) => isExactMatch(view, term)) || (!widened && ranked.length >= FEW_RESULTS)) return ranked.slice(0, limit);
  // No page is called this and the words as typed found little: perhaps a typo (Pagefind's fuzzy matches rank such pages low). The nearest names come first, marked as suggestions.
  const suggestions = suggestNames(term, await loadNames(base), 2).map((name) => ({
    url: withBase(base, name.url),
    title: name.name === name.title ? name.title : `${name.name} (${name.title})`,
    kind: 'Bedoelde je?',
    excerpt: '',
    sections: [],
    aliases: [],
    suggested: true,
  }));
  // A page suggested is not listed again as a match (whose link also carries ?markeer=...).
  const pageOf = (url: string) => url.replace(/[?#].*$/, '');
  const suggestedPages = new Set(suggestions.map((view) => pageOf(view.url)));
  return [...suggestions, ...ranked.filter((view) => !suggestedPages.has(pageOf(view.url)))].slice(0, limit);
}

/** The excerpt is escaped text with <mark> around matches (see buildExcerpt); only that markup is kept. */
function renderExcerpt(target: HTMLElement, excerpt: string): void {
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(unescape(part));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        target.append(mark);
      } else target.append(text);
    }
  }
}

/**
 * One result as a list item: an option of the header box's listbox (`asOption`, links out of the
 * Tab order because the arrow keys move through them), or a plain list item on /zoeken/.
 */
export function renderResult(result: ResultView, id: string, asOption = true): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  item.id = id;
  if (asOption) {
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
  }
  const link = document.createElement('a');
  link.href = result.url;
  if (asOption) link.tabIndex = -1;
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = result.title;
  link.append(title);
  if (result.kind) {
    const kind = document.createElement('span');
    kind.className = 'search-result-kind';
    kind.textContent = result.kind;
    link.append(kind);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'search-result-excerpt';
  renderExcerpt(excerpt, result.excerpt);
  link.append(excerpt);
  item.append(link);
  if (result.sections.length) {
    const list = document.createElement('ul');
    list.className = 'search-result-sections';
    for (const section of result.sections) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = section.url;
      if (asOption) a.tabIndex = -1;
      a.textContent = section.title;
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

export function resultCountText(count: number, term: string, suggestions = 0): string {
  if (count === 0 && suggestions > 0) return `Niets gevonden voor “${term}”. Bedoelde je een van deze pagina’s?`;
  if (count === 0) return `Niets gevonden voor “${term}”. Probeer een ander woord of kijk in de begrippenlijst.`;
  const found = `${count === 1 ? '1 resultaat' : `${count} resultaten`} voor “${term}”`;
  return suggestions > 0 ? `${found}, en een suggestie voor een tikfout` : found;
}

/** The way out when a search finds nothing: the A–Z list of terms. */
export function glossaryOption(base: string, id: string, asOption = true): HTMLLIElement {
  return renderResult({ url: withBase(base, '/begrippenlijst/'), title: 'Blader in de begrippenlijst', kind: '', excerpt: 'Alle begrippen van A tot Z, elk kort uitgelegd.', sections: [], aliases: [] }, id, asOption);
}

/** The header box shows the first few; the search page has room for more, and filters. */
const BOX_RESULTS = 6;

/** The last option of the header box: the same query on /zoeken/. */
function allResultsOption(base: string, term: string, id: string): HTMLLIElement {
  const url = `${withBase(base, SEARCH_PAGE)}?${new URLSearchParams({ q: term })}`;
  return renderResult({ url, title: `Alle resultaten voor “${term}”`, kind: '', excerpt: 'Op de zoekpagina, met filters op soort pagina, doelgroep en bron.', sections: [], aliases: [] }, id);
}

function initSearchBox(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const panel = root.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = root.querySelector<HTMLUListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  let active = -1;

  const options = () => [...list.querySelectorAll<HTMLLIElement>(':scope > [role="option"]')];
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const setActive = (index: number) => {
    const all = options();
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0 && all[index]) {
      input.setAttribute('aria-activedescendant', all[index].id);
      all[index].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const run = async () => {
    const term = input.value.trim();
    if (!term) {
      list.replaceChildren();
      status.textContent = '';
      setOpen(false);
      return;
    }
    const results = await searchSite(base, term, BOX_RESULTS, {}, () => input.value.trim() === term);
    if (!results || input.value.trim() !== term) return;
    const items = results.map((result, i) => renderResult(result, `zoekresultaat-${i}`));
    const suggestions = results.filter((result) => result.suggested).length;
    const found = results.length - suggestions;
    items.push(found === 0 ? glossaryOption(base, `zoekresultaat-${items.length}`) : allResultsOption(base, term, `zoekresultaat-${items.length}`));
    list.replaceChildren(...items);
    list.dataset.query = term; // which query the list answers (the results of a slower, older query never replace it)
    status.textContent = resultCountText(found, term, suggestions);
    setActive(-1);
    setOpen(true);
  };

  input.addEventListener('focus', () => void loadPagefind(base), { once: true });
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setOpen(true);
      setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      const href = options()[active]?.querySelector('a')?.href;
      if (href) window.location.href = href;
    } else if (event.key === 'Escape') {
      // First Escape closes the list but keeps the query (a search field would clear it).
      if (!panel.hidden) {
        event.preventDefault();
        setOpen(false);
      } else {
        input.value = '';
        input.blur();
      }
    }
  });
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node)) setOpen(false);
  });
}

/** `/` or Ctrl+K (⌘K) focuses the header search box, unless the reader is typing elsewhere. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function initSearchBoxes(): void {
  document.querySelectorAll<HTMLElement>('[data-search]').forEach(initSearchBox);
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === '/' && !isTyping(event.target)) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
    if (!shortcut) return;
    const input = document.querySelector<HTMLInputElement>('[data-search-input]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
