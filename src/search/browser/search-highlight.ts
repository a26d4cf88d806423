import { PAGEFIND_DIR } from '../contract';
import type { PagefindHighlightClass } from '../pagefind-adapter';
import { SEARCH_OPTIONS } from '../options';
import { SMALL_WORDS } from '../words';

/**
 * A page opened from a search result (`?markeer=...`) marks the words searched for, with
 * Pagefind's own highlighter; it loads only then, other visits fetch nothing. Small words and the
 * page title are not marked, a button switches the marks off, and the parameter leaves the
 * address bar once the marks are made, so that a copied address is clean.
 */
export async function highlightSearchTerms(base: string): Promise<void> {
  const { highlightParam } = SEARCH_OPTIONS;
  const address = new URL(window.location.href);
  if (!address.searchParams.has(highlightParam)) return;
  const words = address.searchParams.getAll(highlightParam).filter((word) => word && !SMALL_WORDS.has(word.toLowerCase()));
  // Pagefind's highlighter reads the words from the address: give it only those worth marking.
  address.searchParams.delete(highlightParam);
  const clean = address.href;
  for (const word of words) address.searchParams.append(highlightParam, word);
  history.replaceState(history.state, '', address.href);
  try {
    if (words.length) {
      const url = `${base.replace(/\/$/, '')}${PAGEFIND_DIR}/pagefind-highlight.js`;
      const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as { default: PagefindHighlightClass };
      // No inline styles (the site's CSS styles the marks); skip what is no text of the article,
      // the title and the breadcrumbs.
      const exclude = ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '.heading-link', 'h1', 'h1 *', 'nav', 'nav *']; // cspell:disable-line
      new PagefindHighlight({ highlightParam, markOptions: { className: 'zoekmarkering', exclude }, addStyles: false });
    }
  } finally {
    history.replaceState(history.state, '', clean);
  }
  const marks = document.querySelectorAll('mark.zoekmarkering');
  if (marks.length) offerSwitchOff(words);
}

/** A bar that says which words are marked, with a button that takes the marks away. */
function offerSwitchOff(words: readonly string[]): void {
  const main = document.querySelector<HTMLElement>('main') ?? document.body;
  const bar = document.createElement('div');
  bar.className = 'search-marks';
  const text = document.createElement('p');
  text.textContent = `Gemarkeerd: ${words.join(', ')}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Markering uitzetten';
  button.addEventListener('click', () => {
    for (const mark of document.querySelectorAll('mark.zoekmarkering')) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent?.normalize();
    }
    bar.remove();
    main.focus();
  });
  bar.append(text, button);
  main.prepend(bar);
}
