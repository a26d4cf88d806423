import { SEARCH_OPTIONS } from '../lib/search-options';

/**
 * A page opened from a search result (`?markeer=...`) marks the words searched for, with
 * Pagefind's own highlighter. It loads only then: other visits fetch nothing.
 */
export async function highlightSearchTerms(base: string): Promise<void> {
  const { highlightParam } = SEARCH_OPTIONS;
  if (!new URLSearchParams(window.location.search).has(highlightParam)) return;
  const url = `${base.replace(/\/$/, '')}/pagefind/pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
    default: new (options: { highlightParam: string; markOptions: { className: string; exclude: string[] }; addStyles: boolean }) => unknown;
  };
  // No inline styles (the site's CSS styles the marks); skip what is no text of the article.
  new PagefindHighlight({ highlightParam, markOptions: { className: 'zoekmarkering', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '.heading-link'] }, addStyles: false });
}
