import { FILTER_NAMES } from '../contract';
import { glossaryOption, loadPagefind, renderResult, resultCountText, searchSite } from './search-box';

/** The results page shows more than the header box. */
const PAGE_RESULTS = 20;

/**
 * /zoeken/: a search form with filters whose state lives in the URL, so that a link to the page
 * reopens the same results. Results are a plain list of links (Tab moves through them).
 */
export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const list = document.querySelector<HTMLOListElement>('[data-search-page-results]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  if (!form || !list || !status) return;
  const base = form.dataset.base ?? '/';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = FILTER_NAMES.map((name) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!);

  const params = new URLSearchParams(window.location.search);
  // The code may arrive after the reader started typing: what is typed stays, a shared link fills in.
  if (params.has('q')) input.value = params.get('q') ?? '';
  for (const select of selects) {
    const wanted = params.get(select.name) ?? '';
    // An unknown value in a shared link falls back to "all" instead of finding nothing.
    select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
  }

  const filters = (): Record<string, string> => Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.name, select.value]));
  const keepUrl = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const [name, value] of Object.entries(filters())) next.set(name, value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  };
  /** What the visible list answers: the query and its filters, for tests and for stale answers. */
  const signature = () => new URLSearchParams({ q: input.value.trim(), ...filters() }).toString();

  const run = async () => {
    keepUrl();
    const term = input.value.trim();
    const asked = signature();
    if (!term) {
      list.replaceChildren();
      status.textContent = '';
      list.dataset.query = asked;
      return;
    }
    const results = await searchSite(base, term, PAGE_RESULTS, filters(), () => signature() === asked);
    if (!results || signature() !== asked) return; // a newer query or filter is under way
    const items = results.map((result, i) => renderResult(result, `resultaat-${i}`, false));
    const suggestions = results.filter((result) => result.suggested).length;
    if (results.length === suggestions) items.push(glossaryOption(base, `resultaat-${items.length}`, false));
    list.replaceChildren(...items);
    const narrowed = selects.filter((select) => select.value).map((select) => select.selectedOptions[0]?.textContent ?? '');
    status.textContent = resultCountText(results.length - suggestions, term, suggestions) + (narrowed.length ? ` (alleen: ${narrowed.join(', ')})` : '');
    list.dataset.query = asked;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('focus', () => void loadPagefind(base), { once: true });
  if (document.activeElement === input) void loadPagefind(base);
  input.addEventListener('input', () => void run());
  for (const select of selects) select.addEventListener('change', () => void run());
  if (input.value.trim()) void run();
}
