import { ROUTE_PARAM } from '../lib/lesson-route';
import { withBase } from '../lib/rehype-base-links';

/**
 * A page opened from a lesson route (`?route=…`) or a trainer's own lesson (`#les=…`) shows its
 * step in that route and the route's previous and next step instead of the section's. An unknown route gets a plain message; the
 * name from the address is shown as text, never as HTML.
 */
export function initRouteStep(): void {
  // A trainer's own lesson travels after the # (src/scripts/lesson-step.ts, loaded only then).
  if (/^#les=/.test(location.hash) && document.querySelector('main article')) {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    void import('./lesson-step').then(({ showLessonStep }) => showLessonStep(`/${location.pathname.slice(base.length)}`));
    return;
  }
  const id = new URLSearchParams(location.search).get(ROUTE_PARAM);
  if (id === null) return;
  const parts = [...document.querySelectorAll<HTMLElement>('[data-route-step]')].filter((el) => el.dataset.routeStep === id);
  if (parts.length) {
    parts.forEach((el) => (el.hidden = false));
    document.querySelectorAll<HTMLElement>('.prev-next:not([data-route-step])').forEach((el) => (el.hidden = true));
    return;
  }
  const article = document.querySelector('main article');
  if (!article) return;
  const notice = document.createElement('p');
  notice.className = 'notice route-unknown';
  notice.setAttribute('role', 'status');
  notice.textContent = `Deze pagina is geen stap van de leerroute "${id.slice(0, 80)}". Je leest haar nu gewoon, zonder leerroute. `;
  const all = document.createElement('a');
  all.href = withBase(import.meta.env.BASE_URL, '/voor-docenten/');
  all.textContent = 'Alle leerroutes';
  notice.append(all);
  article.querySelector('.summary')?.after(notice);
}
