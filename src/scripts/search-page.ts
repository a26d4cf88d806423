/** /zoeken/: fill the box and the section choice from the URL, and keep the URL in step so it can be shared. */
export function syncSearchUrl(): void {
  const params = new URLSearchParams(window.location.search);
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const filter = document.querySelector<HTMLSelectElement>('[data-search-filter]');
  if (!input) return;
  if (filter) filter.value = params.get('sectie') ?? '';
  const update = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    if (filter?.value) next.set('sectie', filter.value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  };
  input.addEventListener('input', update);
  filter?.addEventListener('change', update);
  const term = params.get('q');
  if (term) {
    input.value = term;
    input.dispatchEvent(new Event('input'));
  }
}
