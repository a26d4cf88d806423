/** Keeps the checklist's ticks and notes in localStorage (never sent anywhere), with print, export and clear. */
import { checklistMarkdown, parseChecklistState, type ChecklistTheme } from '../lib/checklist-markdown';

const STORAGE_KEY = 'kennisbank:implementatie';
let initialised = false;

export function initChecklists(): void {
  if (initialised) return;
  initialised = true;
  const lists = [...document.querySelectorAll<HTMLOListElement>('[data-checklist]')];
  if (!lists.length) return;
  const state = parseChecklistState(localStorage.getItem(STORAGE_KEY));
  const save = () => localStorage.setItem(STORAGE_KEY, JSON.stringify(state));

  for (const item of document.querySelectorAll<HTMLLIElement>('[data-question]')) {
    const id = item.dataset.question!;
    const box = item.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    const note = item.querySelector<HTMLTextAreaElement>('textarea')!;
    box.checked = Boolean(state.checked[id]);
    note.value = state.notes[id] ?? '';
    if (note.value) item.querySelector('details')?.setAttribute('open', '');
    box.addEventListener('change', () => {
      state.checked[id] = box.checked;
      save();
    });
    note.addEventListener('input', () => {
      state.notes[id] = note.value;
      save();
    });
  }

  const themes = (): ChecklistTheme[] =>
    lists.map((list) => ({
      title: list.dataset.themeTitle ?? '',
      questions: [...list.querySelectorAll<HTMLLIElement>('[data-question]')].map((li) => ({
        id: li.dataset.question!,
        text: li.querySelector('label')?.textContent?.trim() ?? '',
      })),
    }));

  const toolbar = document.createElement('div');
  toolbar.className = 'checklist-tools';
  toolbar.setAttribute('role', 'group');
  toolbar.setAttribute('aria-label', 'Checklist');
  const button = (label: string, action: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', action);
    toolbar.append(b);
    return b;
  };
  button('Afdrukken', () => window.print());
  button('Exporteer als Markdown', () => {
    const markdown = checklistMarkdown(themes(), state, `Checklist implementatie ervaringskennis (${new Date().toLocaleDateString('nl-NL')})`);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
    link.download = 'checklist-implementatie.md';
    link.click();
    URL.revokeObjectURL(link.href);
  });
  button('Wis alles', () => {
    if (!window.confirm('Alle vinkjes en notities op deze pagina wissen?')) return;
    state.checked = {};
    state.notes = {};
    localStorage.removeItem(STORAGE_KEY);
    document.querySelectorAll<HTMLInputElement>('[data-question] input[type="checkbox"]').forEach((b) => (b.checked = false));
    document.querySelectorAll<HTMLTextAreaElement>('[data-question] textarea').forEach((t) => (t.value = ''));
  });
  lists[0]!.before(toolbar);
  // Print the notes that were written, even when their fold-out is closed.
  window.addEventListener('beforeprint', () => {
    document.querySelectorAll<HTMLLIElement>('[data-question]').forEach((li) => {
      if (li.querySelector('textarea')?.value.trim()) li.querySelector('details')?.setAttribute('open', '');
    });
  });
}
