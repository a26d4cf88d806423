import { apaCitation, citedPart } from '../lib/citation';
import { loadLinkPreviewsWhenNeeded } from './link-preview-loader';
import { initReadingAids } from './reading-aids';
import { initRouteStep } from './route-step';

/**
 * Small enhancements on every page: the "#" after a heading copies the section's full URL, and
 * the citation in the footer gets today's date as the date of consultation.
 */
export function initPage(): void {
  openSectionNavOnWideScreens();
  initRouteStep();
  initReadingAids();
  // Pages with link previews carry the marker of LinkPreview.astro.
  if (document.querySelector('[data-link-previews]')) loadLinkPreviewsWhenNeeded();
  const status = document.createElement('p');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  document.body.append(status);

  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link) return;
    event.preventDefault();
    const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
    history.replaceState(null, '', url);
    void navigator.clipboard?.writeText(url).then(
      () => show(status, 'Link naar deze sectie gekopieerd'),
      () => show(status, 'Kopiëren lukte niet; de link staat nu in de adresbalk'),
    );
  });

  const actions = document.querySelector<HTMLElement>('[data-page-actions]');
  if (actions && navigator.clipboard) {
    actions.hidden = false;
    const copy = (text: string, message: string) =>
      navigator.clipboard.writeText(text).then(() => show(status, message), () => show(status, 'Kopiëren lukte niet'));
    // A build without SITE_URL has relative addresses: complete them from where the reader is.
    const pageUrl = new URL(actions.dataset.url ?? '', location.href).href;
    actions.querySelector('[data-copy-page-link]')?.addEventListener('click', () => void copy(pageUrl, 'Link naar deze pagina gekopieerd'));
    actions.querySelector('[data-copy-citation]')?.addEventListener('click', () => {
      const page = { title: actions.dataset.title ?? document.title, url: pageUrl };
      const part = citedPart(page, currentSection());
      const citation = apaCitation({ ...part, published: actions.dataset.published ?? String(new Date().getFullYear()), consulted: new Date() });
      void copy(citation, part === page ? 'Bronvermelding (APA) gekopieerd' : 'Bronvermelding (APA) van deze sectie gekopieerd');
    });
  }

  const today = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  document.querySelectorAll('[data-today]').forEach((el) => (el.textContent = today));
  // Without SITE_URL the citation's address is a path: the reader's own address completes it.
  document.querySelectorAll('.cite-url').forEach((el) => {
    if (el.textContent?.startsWith('/')) el.textContent = new URL(el.textContent, location.href).href;
  });
}

/** The section the address points to (`#anchor` of a heading in the article), if any. */
function currentSection(): { title: string; id: string } | undefined {
  const id = decodeURIComponent(location.hash.slice(1));
  const heading = id ? document.getElementById(id) : null;
  if (!heading || !/^H[2-6]$/.test(heading.tagName)) return undefined;
  const copy = heading.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.heading-link').forEach((link) => link.remove());
  return { title: copy.textContent ?? '', id };
}

function show(status: HTMLElement, message: string): void {
  status.textContent = message;
  status.classList.add('visible');
  window.setTimeout(() => status.classList.remove('visible'), 2500);
}

/**
 * The section menu is folded in the HTML, so that on a phone the page does not jump when the long
 * menu folds after loading; on a wide screen it opens in its own column beside the text, where
 * opening moves nothing. Without JavaScript, "Alle onderwerpen" opens it.
 */
function openSectionNavOnWideScreens(): void {
  const nav = document.querySelector<HTMLDetailsElement>('details[data-open-on-wide]');
  if (nav && window.matchMedia('(min-width: 60rem)').matches) nav.open = true;
}

