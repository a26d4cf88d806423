/**
 * A trainer's lesson opened from its link (/voor-docenten/les/#les=…): the lesson as a route,
 * ready to start, print as a handout (with QR codes) or edit. Loaded only for such a link.
 * Everything from the link is shown as text, never as HTML.
 */
import { lessonStepHref, type Lesson } from '../lib/lesson-address';
import { cataloguePages, stepTitle, type CataloguePage } from '../lib/lesson-catalogue';
import { decodeLesson } from '../lib/lesson-link';
import { withBase } from '../lib/rehype-base-links';
import { absoluteUrl, lessonLink, loadCatalogue } from './lesson-data';

const base = import.meta.env.BASE_URL;
const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

/** Shows the lesson in the link; returns it as read (for editing), or undefined if the page list can't be had. */
export async function openLesson(code: string): Promise<Lesson | undefined> {
  const pages = cataloguePages(await loadCatalogue().catch(() => []));
  if (!pages.size) {
    const problems = $<HTMLElement>('[data-lesson-problems]');
    $<HTMLElement>('[data-lesson-view]').hidden = false;
    problems.hidden = false;
    problems.textContent = 'De lijst met pagina’s kon niet worden geladen. Probeer het later opnieuw.';
    return undefined;
  }
  const read = decodeLesson(code, new Set(pages.keys()));
  showLesson(read.lesson, read.problems, code, pages);
  return read.lesson;
}

/** The lesson as a route: title, steps with summary and question, start, print, QR codes. */
function showLesson(lesson: Lesson, problems: string[], code: string, pages: Map<string, CataloguePage>): void {
  const view = $<HTMLElement>('[data-lesson-view]');
  view.hidden = false;
  const problemBox = $<HTMLElement>('[data-lesson-problems]');
  if (problems.length) {
    problemBox.hidden = false;
    problemBox.textContent = problems.join(' ');
  }
  $('[data-lesson-title]').textContent = lesson.title ? `Les: ${lesson.title}` : 'Les zonder titel';
  $('[data-lesson-facts]').textContent = `${lesson.steps.length} ${lesson.steps.length === 1 ? 'stap' : 'stappen'}. Elke stap opent de pagina met bovenaan "Stap n van ${lesson.steps.length}", de vraag bij die stap en een link naar de volgende stap.`;
  const start = $<HTMLAnchorElement>('[data-lesson-start]');
  if (lesson.steps.length) start.href = withBase(base, lessonStepHref(lesson.steps[0]!, code, 1));
  else start.hidden = true;
  $('[data-lesson-print]').addEventListener('click', () => window.print());
  const list = $<HTMLOListElement>('[data-lesson-steps]');
  lesson.steps.forEach((step, i) => {
    const page = pages.get(step.page);
    const li = document.createElement('li');
    li.className = 'route-step';
    li.id = `stap-${i + 1}`;
    const heading = document.createElement('h3');
    const link = Object.assign(document.createElement('a'), { href: withBase(base, lessonStepHref(step, code, i + 1)), textContent: stepTitle(page, step.section) });
    heading.append(`Stap ${i + 1}: `, link);
    li.append(heading, Object.assign(document.createElement('p'), { textContent: page?.summary ?? '' }));
    if (step.question) {
      const question = Object.assign(document.createElement('p'), { className: 'route-question' });
      question.append(Object.assign(document.createElement('strong'), { textContent: 'Om te bespreken:' }), ` ${step.question}`);
      li.append(question);
    }
    // On paper: the page's own short address (easy to type) and its QR code.
    const address = absoluteUrl(step.page + (step.section ? `#${step.section}` : ''));
    const block = Object.assign(document.createElement('div'), { className: 'route-step-address' });
    block.dataset.stepAddress = address;
    block.append(Object.assign(document.createElement('p'), { textContent: 'Online: ' }));
    block.querySelector('p')!.append(Object.assign(document.createElement('span'), { textContent: address }));
    li.append(block);
    list.append(li);
  });
  void drawQrCodes(code);
}

/** QR codes for the handout, made in the browser (the library loads only for a lesson). */
async function drawQrCodes(code: string): Promise<void> {
  const { default: QRCode } = await import('qrcode');
  const svg = (text: string, level: 'L' | 'M') => QRCode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: level });
  const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  for (const block of document.querySelectorAll<HTMLElement>('[data-step-address]')) block.prepend(parse(await svg(block.dataset.stepAddress!, 'M')));
  const whole = $<HTMLElement>('[data-lesson-qr]');
  const href = lessonLink(code);
  whole.dataset.lessonAddress = href;
  whole.append(parse(await svg(href, 'L')), Object.assign(document.createElement('p'), { textContent: 'De hele les online, met de vraag bij elke stap: scan deze code.' }));
}

