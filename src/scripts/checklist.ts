/**
 * The implementation checklist as a working document. Ticks and notes stay in this browser
 * (localStorage, never sent anywhere). A bar that stays in view holds the count and the actions:
 * a print view of just the questions, an export to Word or Markdown, the import of such an export
 * and clearing. Exports and import are separate modules, loaded on the first click.
 */
import { answeredLabel, checklistProgress, dutchDate, emptyChecklistState, losesWork, parseChecklistState, progressLine, type ChecklistTheme } from '../lib/checklist-state';

const STORAGE_KEY = 'kennisbank:implementatie';
/** On <html> while "Afdrukken" prints: the print styles then leave out everything but the questions. */
const PRINT_VIEW = 'checklistPrint';
let initialised = false;

export function initChecklists(): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-checklist-tools]');
  if (initialised || !template) return;
  initialised = true;
  const lists = [...document.querySelectorAll<HTMLOListElement>('[data-checklist]')];
  const items = [...document.querySelectorAll<HTMLLIElement>('[data-question]')];
  const ids = items.map((item) => item.dataset.question!);
  let state = parseChecklistState(localStorage.getItem(STORAGE_KEY));
  const progress = () => checklistProgress(ids, state);

  const bar = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
  bar.id = 'checklist-knoppen';
  const count = bar.querySelector('.checklist-count')!;
  const message = bar.querySelector('.checklist-message')!;
  const picker = bar.querySelector('input')!;
  const toggles = [...bar.querySelectorAll<HTMLButtonElement>('[aria-expanded]')];
  const article = lists[0]!.closest('article')!;

  const themes = (): ChecklistTheme[] =>
    lists.map((list) => ({
      title: list.dataset.themeTitle!,
      questions: [...list.querySelectorAll<HTMLLIElement>('[data-question]')].map((item) => ({
        id: item.dataset.question!,
        text: item.querySelector('label')!.textContent!.trim(),
      })),
    }));
  const save = () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    count.textContent = answeredLabel(progress());
    message.textContent = '';
  };
  // A note also goes into data-note, which print shows in full (a text box prints only its first lines).
  const noteForPrint = (item: HTMLElement, note = '') => {
    if (note.trim()) item.dataset.note = note.trim();
    else delete item.dataset.note;
  };
  /** Puts the state into the list: on load, after an import, after clearing. */
  const show = () => {
    for (const item of items) {
      const id = item.dataset.question!;
      const note = state.notes[id] ?? '';
      item.querySelector('input')!.checked = Boolean(state.checked[id]);
      item.querySelector('textarea')!.value = note;
      item.querySelector('details')!.open = Boolean(note.trim());
      noteForPrint(item, note);
    }
    count.textContent = answeredLabel(progress());
  };
  for (const item of items) {
    const id = item.dataset.question!;
    item.querySelector('input')!.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).checked) state.checked[id] = true;
      else delete state.checked[id];
      save();
    });
    item.querySelector('textarea')!.addEventListener('input', (event) => {
      state.notes[id] = (event.target as HTMLTextAreaElement).value;
      noteForPrint(item, state.notes[id]);
      save();
    });
  }
  show();
  // In place only now, with the count filled in, so that the live region does not announce it on load.
  article.querySelector('.summary')!.after(bar);

  /** Closes the menus; focus that was in one goes back to its (visible) button instead of being lost. */
  const closeMenus = () => {
    const open = toggles.find((toggle) => toggle.getAttribute('aria-expanded') === 'true' && toggle.offsetParent);
    if (open && bar.querySelector('.checklist-actions')!.contains(document.activeElement)) open.focus();
    toggles.forEach((toggle) => toggle.setAttribute('aria-expanded', 'false'));
  };
  const say = (text: string) => (message.textContent = text);
  bar.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    if (toggles.includes(button)) {
      button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true'));
      return;
    }
    const action = button.dataset.action;
    closeMenus();
    say('');
    if (action === 'print') {
      document.documentElement.dataset[PRINT_VIEW] = '';
      window.print();
    } else if (action === 'import') picker.click();
    else if (action === 'clear') {
      if (losesWork(state, emptyChecklistState()) && !window.confirm('Alle vinkjes en notities op deze pagina wissen?')) return;
      state = emptyChecklistState();
      localStorage.removeItem(STORAGE_KEY);
      show();
      say('Alle vinkjes en notities zijn gewist.');
    } else if (action === 'docx' || action === 'md') {
      import('../lib/checklist-export').then(({ downloadChecklist }) => downloadChecklist(action, themes(), state)).then(say, () => say('Exporteren lukte niet. Laad de pagina opnieuw en probeer het nog eens.'));
    }
  });
  picker.addEventListener('change', async () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    const { importChecklist } = await import('../lib/checklist-import');
    const result = await importChecklist(file, themes(), state, (question) => window.confirm(question));
    if (result.state) {
      state = result.state;
      save();
      show();
    }
    say(result.message);
  });
  bar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeMenus();
  });
  // Menus and the message close when focus or a click goes elsewhere (so that a taller bar never
  // covers what gets the focus), but not when a dialog of the browser takes the focus.
  bar.addEventListener('focusout', (event) => {
    if ((event.relatedTarget || document.hasFocus()) && !bar.contains(event.relatedTarget as Node | null)) {
      closeMenus();
      say('');
    }
  });
  document.addEventListener('click', (event) => {
    if (!bar.contains(event.target as Node)) closeMenus();
  });

  // After each theme, a link (shown when focused) takes keyboard users back to the bar.
  for (const list of lists) {
    const back = document.createElement('a');
    back.className = 'checklist-to-tools';
    back.href = '#checklist-knoppen';
    back.textContent = 'Naar de knoppen van de checklist';
    back.addEventListener('click', (event) => {
      event.preventDefault();
      bar.focus({ preventScroll: true });
    });
    list.after(back);
    document.getElementById(list.dataset.checklist!)?.classList.add('checklist-theme');
  }

  // The print view: the title, then the date and the count, then each theme's questions.
  const printSummary = document.createElement('p');
  printSummary.className = 'checklist-print-summary';
  article.querySelector('h1')!.after(printSummary);
  window.addEventListener('beforeprint', () => (printSummary.textContent = progressLine(progress(), dutchDate(new Date()))));
  window.addEventListener('afterprint', () => delete document.documentElement.dataset[PRINT_VIEW]);
}
