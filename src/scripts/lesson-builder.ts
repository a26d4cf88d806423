/**
 * The lesson page (/voor-docenten/les/): without `#les=…` the builder, with it the lesson as a
 * route (start, print as handout, edit). The lesson lives only in the link.
 */
import { lessonInHash, type Lesson, type LessonStep } from '../lib/lesson-address';
import { matchesEveryWord } from '../lib/match-words';
import { withBase } from '../lib/rehype-base-links';
import { lessonLink } from './lesson-data';

// Writing and reading a lesson link needs the compression code: it loads once a lesson exists.
const codec = () => import('../lib/lesson-link');

const base = import.meta.env.BASE_URL;
const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

export async function initLessonPage(): Promise<void> {
  $('[data-lesson-fallback]').remove();
  const found = lessonInHash(location.hash);
  if (!found) {
    startBuilder({ title: '', steps: [] });
    return;
  }
  const { openLesson } = await import('./lesson-view');
  const lesson = await openLesson(found.code);
  $('[data-lesson-edit]').addEventListener('click', () => {
    $<HTMLElement>('[data-lesson-view]').hidden = true;
    startBuilder(lesson ?? { title: '', steps: [] });
    $<HTMLInputElement>('[data-builder-title]').focus();
  });
}

/** A step's name (page, or page: section) from the builder's own buttons, drawn at build time. */
function nameOf(step: LessonStep): string {
  // Paths and anchors of a lesson hold only [a-z0-9/-] (src/lib/lesson-link.ts checks that).
  return document.querySelector<HTMLElement>(`[data-add-page="${step.page}"][data-add-section="${step.section}"]`)?.dataset.name ?? step.page;
}

function startBuilder(lesson: Lesson): void {
  const state: Lesson = { title: lesson.title, steps: lesson.steps.map((step) => ({ ...step })) };
  const builder = $<HTMLElement>('[data-lesson-builder]');
  builder.hidden = false;
  const title = $<HTMLInputElement>('[data-builder-title]');
  const list = $<HTMLOListElement>('[data-builder-steps]');
  const template = $<HTMLTemplateElement>('[data-builder-step-template]');
  const status = $<HTMLElement>('[data-builder-status]');
  const say = (message: string) => (status.textContent = message);
  title.value = state.title;

  let linkVersion = 0;
  const updateLink = async () => {
    const version = ++linkVersion;
    const box = $<HTMLElement>('[data-builder-link-box]');
    $<HTMLElement>('[data-builder-link-empty]').hidden = state.steps.length > 0;
    box.hidden = state.steps.length === 0;
    if (!state.steps.length) return;
    const code = (await codec()).encodeLesson(state);
    if (version !== linkVersion) return;
    const href = lessonLink(code);
    $<HTMLInputElement>('[data-builder-link]').value = href;
    $<HTMLAnchorElement>('[data-builder-open]').href = href;
    $('[data-builder-length]').textContent = `${href.length} tekens`;
  };

  const render = (focus?: { index: number; control: string }) => {
    $<HTMLElement>('[data-builder-empty]').hidden = state.steps.length > 0;
    list.replaceChildren();
    state.steps.forEach((step, i) => {
      const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
      const name = nameOf(step);
      item.querySelector('[data-step-number]')!.textContent = `Stap ${i + 1}:`;
      Object.assign(item.querySelector<HTMLAnchorElement>('[data-step-link]')!, { href: withBase(base, step.page + (step.section ? `#${step.section}` : '')), textContent: name });
      const question = item.querySelector<HTMLTextAreaElement>('[data-step-question]')!;
      const label = item.querySelector<HTMLLabelElement>('[data-step-question-label]')!;
      question.id = `vraag-stap-${i + 1}`;
      label.htmlFor = question.id;
      label.textContent = `Vraag of opdracht bij stap ${i + 1}`;
      question.value = step.question;
      question.addEventListener('input', () => {
        step.question = question.value;
        void updateLink();
      });
      const button = (selector: string, label: string, action: () => void, disabled = false) => {
        const b = item.querySelector<HTMLButtonElement>(selector)!;
        b.setAttribute('aria-label', `${label}: stap ${i + 1}, ${name}`);
        b.disabled = disabled;
        b.addEventListener('click', action);
      };
      button('[data-step-up]', 'Omhoog', () => move(i, -1), i === 0);
      button('[data-step-down]', 'Omlaag', () => move(i, 1), i === state.steps.length - 1);
      button('[data-step-remove]', 'Verwijder', () => {
        state.steps.splice(i, 1);
        say(`Stap ${i + 1}, ${name}, verwijderd.`);
        render(state.steps.length ? { index: Math.min(i, state.steps.length - 1), control: '[data-step-remove]' } : undefined);
        if (!state.steps.length) title.focus();
      });
      list.append(item);
    });
    if (focus) list.children[focus.index]?.querySelector<HTMLElement>(focus.control)?.focus();
    void updateLink();
  };
  const move = (i: number, by: number) => {
    const [step] = state.steps.splice(i, 1);
    state.steps.splice(i + by, 0, step!);
    say(`${nameOf(step!)} is nu stap ${i + by + 1}.`);
    // Focus stays on the button just used, or on the other one where the step reached an end.
    const to = i + by;
    const atEnd = to === 0 || to === state.steps.length - 1;
    render({ index: to, control: by < 0 !== atEnd ? '[data-step-up]' : '[data-step-down]' });
  };
  const add = (step: LessonStep) => {
    state.steps.push(step);
    say(`${nameOf(step)} toegevoegd als stap ${state.steps.length}.`);
    render();
  };
  title.addEventListener('input', () => {
    state.title = title.value;
    void updateLink();
  });

  // Adding: every "Voeg toe" button, in the list to browse and among what the search found.
  builder.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-add-page]');
    if (button) add({ page: button.dataset.addPage!, section: button.dataset.addSection ?? '', question: '' });
  });

  // Searching: the names of pages and sections, every word (without accents or case).
  const search = $<HTMLInputElement>('[data-builder-search]');
  const foundList = $<HTMLUListElement>('[data-builder-found]');
  const entries = [...document.querySelectorAll<HTMLLIElement>('[data-builder-entry]')];
  search.addEventListener('input', () => {
    const found = entries.filter((entry) => matchesEveryWord(entry.dataset.name ?? '', search.value)).slice(0, 12);
    foundList.replaceChildren(
      ...found.map((entry) => {
        const li = document.createElement('li');
        const button = entry.querySelector(':scope > button')!.cloneNode(true);
        li.append(Object.assign(document.createElement('span'), { textContent: entry.dataset.name ?? '' }), ' ', button);
        return li;
      }),
    );
    if (search.value.trim() && !found.length) foundList.append(Object.assign(document.createElement('li'), { textContent: 'Niets gevonden met die woorden; blader hieronder.' }));
  });

  $('[data-builder-copy]').addEventListener('click', () => {
    const link = $<HTMLInputElement>('[data-builder-link]');
    void navigator.clipboard?.writeText(link.value).then(
      () => say('Link gekopieerd.'),
      () => {
        link.select();
        say('Kopiëren lukte niet; de link is geselecteerd, kopieer hem met Ctrl+C.');
      },
    );
  });
  render();
}
