/**
 * Link previews (src/scripts/link-preview.ts) load on the first hover or focus of a link in the
 * text, and then take over that very event, so the first preview shows as quickly as every later one.
 */
export function loadLinkPreviewsWhenNeeded(): void {
  const first = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('main a[href]');
    if (!link) return;
    document.removeEventListener('mouseover', first);
    document.removeEventListener('focusin', first);
    void import('./link-preview').then(({ initLinkPreviews }) => {
      initLinkPreviews(import.meta.env.BASE_URL);
      if (link.matches(':hover') || link === document.activeElement) link.dispatchEvent(new Event(event.type, { bubbles: true }));
    });
  };
  document.addEventListener('mouseover', first);
  document.addEventListener('focusin', first);
}
