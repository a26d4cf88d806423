/**
 * Link previews: hovering or focusing a link to a concept, role or kerntaak page shows its title
 * and summary in a small box under the link. The box only describes the link (aria-describedby):
 * focus stays on the link, Escape closes the box, a tap or click still simply follows the link.
 * The titles and summaries come from the build (/begrippen/voorvertoningen.json), fetched once.
 */
import { lazyJson } from './lazy-json';

type Previews = Record<string, [title: string, summary: string]>;

const SHOW_DELAY_MS = 300;

export function initLinkPreviews(base: string): void {
  const root = base.replace(/\/$/, '');
  const load = lazyJson<Previews>(base, '/begrippen/voorvertoningen.json', {});

  const box = document.createElement('div');
  box.id = 'linkvoorvertoning';
  box.className = 'link-preview';
  box.setAttribute('role', 'tooltip');
  box.hidden = true;
  document.body.append(box);
  let current: HTMLAnchorElement | undefined;
  let timer: number | undefined;

  /** The site path a link leads to, when it is a page on this site other than this one. */
  const pathOf = (link: HTMLAnchorElement): string | undefined => {
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname === window.location.pathname || !url.pathname.startsWith(`${root}/`)) return undefined;
    return url.pathname.slice(root.length);
  };

  const hide = () => {
    window.clearTimeout(timer);
    current?.removeAttribute('aria-describedby');
    current = undefined;
    box.hidden = true;
  };

  const show = async (link: HTMLAnchorElement) => {
    const path = pathOf(link);
    const preview = path ? (await load())[path] : undefined;
    if (!preview || current !== link) return;
    const [title, summary] = preview;
    const heading = document.createElement('strong');
    heading.textContent = title;
    const text = document.createElement('span');
    text.textContent = summary;
    box.replaceChildren(heading, text);
    box.hidden = false;
    link.setAttribute('aria-describedby', box.id);
    // Under the link, kept inside the viewport (a phone is 360 px wide).
    const rect = link.getBoundingClientRect();
    const width = Math.min(320, document.documentElement.clientWidth - 16);
    box.style.width = `${width}px`;
    box.style.left = `${Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8)) + window.scrollX}px`;
    box.style.top = `${rect.bottom + window.scrollY + 6}px`;
  };

  const start = (event: Event, delay: number) => {
    const link = (event.target as Element | null)?.closest?.('main a[href]');
    if (!(link instanceof HTMLAnchorElement) || link === current || !pathOf(link)) return;
    hide();
    current = link;
    timer = window.setTimeout(() => void show(link), delay);
  };
  document.addEventListener('mouseover', (event) => start(event, SHOW_DELAY_MS));
  document.addEventListener('focusin', (event) => start(event, 0));
  document.addEventListener('mouseout', (event) => {
    if (current && !current.contains(event.relatedTarget as Node | null)) hide();
  });
  document.addEventListener('focusout', hide);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !box.hidden) hide();
  });
}
