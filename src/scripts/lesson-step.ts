/**
 * A page opened from a trainer's own lesson (`#les=…&stap=n`, made on /voor-docenten/les/): the
 * same "Stap n van m" and route navigation as a fixed lesson route, drawn from the link itself.
 * Loaded only on such a visit. Everything from the link is shown as text, never as HTML.
 */
import { lessonInHash, lessonStepHref, type Lesson } from '../lib/lesson-address';
import { decodeLesson } from '../lib/lesson-link';
import { cataloguePages, stepTitle, type LessonCatalogue } from '../lib/lesson-catalogue';
import { withBase } from '../lib/rehype-base-links';
import { lessonOverviewHref, loadCatalogue } from './lesson-data';

const base = import.meta.env.BASE_URL;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; href?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.text !== undefined) el.textContent = props.text;
  if (props.href !== undefined) (el as HTMLAnchorElement).href = props.href;
  el.append(...children);
  return el;
}

let following = false;

export async function showLessonStep(path: string): Promise<void> {
  // Two steps on one page (a page, then one of its sections) change only the #: follow that too.
  if (!following) {
    following = true;
    window.addEventListener('hashchange', () => {
      if (!lessonInHash(location.hash)) return;
      document.querySelectorAll('.lesson-banner, .lesson-prev-next, .route-unknown').forEach((el) => el.remove());
      void showLessonStep(path);
    });
  }
  const found = lessonInHash(location.hash);
  const article = document.querySelector('main article');
  if (!found || !article) return;
  const catalogue = await loadCatalogue().catch(() => [] as LessonCatalogue);
  const pages = cataloguePages(catalogue);
  const { lesson, problems } = decodeLesson(found.code, new Set(pages.keys()));
  const number = found.step >= 1 && found.step <= lesson.steps.length && lesson.steps[found.step - 1]!.page === path ? found.step : lesson.steps.findIndex((step) => step.page === path) + 1;
  const anchor = article.querySelector('.summary');
  if (number < 1) {
    const notice = element('p', { className: 'notice route-unknown', text: `${problems.join(' ')} Deze pagina is geen stap van de les "${lesson.title || 'zonder titel'}". ` }, element('a', { href: lessonOverviewHref(found.code), text: 'Naar het overzicht van de les' }));
    notice.setAttribute('role', 'status');
    anchor?.after(notice);
    return;
  }
  const step = lesson.steps[number - 1]!;
  const stepHref = (i: number) => withBase(base, lessonStepHref(lesson.steps[i]!, found.code, i + 1));
  anchor?.after(banner(lesson, number, found.code, stepHref, (i) => stepTitle(pages.get(lesson.steps[i]!.page), lesson.steps[i]!.section), problems));
  const bottom = element('nav', { className: 'prev-next route-prev-next lesson-prev-next' });
  bottom.setAttribute('aria-label', 'Vorige en volgende stap van de les');
  const total = lesson.steps.length;
  const title = (i: number) => stepTitle(pages.get(lesson.steps[i]!.page), lesson.steps[i]!.section);
  bottom.append(
    number > 1
      ? element('a', { className: 'prev', href: stepHref(number - 2) }, element('span', { text: `Vorige stap (${number - 1} van ${total})` }), ` ${title(number - 2)}`)
      : element('a', { className: 'prev', href: lessonOverviewHref(found.code) }, element('span', { text: 'Les' }), ` ${lesson.title || 'Overzicht van de les'}`),
    number < total
      ? element('a', { className: 'next', href: stepHref(number) }, element('span', { text: `Volgende stap (${number + 1} van ${total})` }), ` ${title(number)}`)
      : element('a', { className: 'next', href: lessonOverviewHref(found.code) }, element('span', { text: 'Klaar: terug naar de les' }), ` ${lesson.title || 'Overzicht van de les'}`),
  );
  document.querySelectorAll<HTMLElement>('.prev-next').forEach((el) => (el.hidden = true));
  document.querySelector('main .prev-next')?.after(bottom);
  // The step is one section: go there, as a link to that section would.
  if (step.section) document.getElementById(step.section)?.scrollIntoView();
}

function banner(lesson: Lesson, number: number, code: string, stepHref: (i: number) => string, title: (i: number) => string, problems: string[]): HTMLElement {
  const step = lesson.steps[number - 1]!;
  const total = lesson.steps.length;
  const nav = element('nav', { className: 'route-banner lesson-banner' });
  nav.setAttribute('aria-label', `Les: stap ${number} van ${total}`);
  nav.append(
    element('p', { className: 'route-banner-where' }, element('a', { href: lessonOverviewHref(code), text: `Les: ${lesson.title || 'zonder titel'}` }), element('strong', { className: 'route-banner-count', text: `Stap ${number} van ${total}` })),
  );
  if (step.section) nav.append(element('p', { text: `Lees vooral: ${title(number - 1)}` }));
  if (step.question) nav.append(element('p', { className: 'route-banner-question' }, element('strong', { text: 'Vraag bij deze stap:' }), ` ${step.question}`));
  if (problems.length) nav.append(element('p', { className: 'lesson-problems', text: problems.join(' ') }));
  const links = element('p', { className: 'route-banner-steps' });
  if (number > 1) links.append(Object.assign(element('a', { href: stepHref(number - 2), text: '← Vorige stap' }), { rel: 'prev' }));
  links.append(number < total ? Object.assign(element('a', { href: stepHref(number), text: `Volgende stap: ${title(number)} →` }), { rel: 'next' }) : element('a', { href: lessonOverviewHref(code), text: 'Laatste stap: terug naar de les' }));
  nav.append(links);
  return nav;
}
