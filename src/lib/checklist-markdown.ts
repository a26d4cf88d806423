/** The implementation checklist as Markdown, to paste into a policy document or a wiki. */
import { checklistProgress, progressLine, type ChecklistState, type ChecklistTheme } from './checklist-state';

/** What an export says about itself: its title, the date of the answers and where the checklist is online. */
export interface ChecklistExportMeta {
  title: string;
  date: string;
  url: string;
}

export function checklistMarkdown(themes: ChecklistTheme[], state: ChecklistState, meta: ChecklistExportMeta): string {
  const ids = themes.flatMap((theme) => theme.questions.map((question) => question.id));
  const lines = [`# ${meta.title}`, '', progressLine(checklistProgress(ids, state), meta.date), `Gemaakt met de checklist op <${meta.url}>.`, ''];
  for (const theme of themes) {
    lines.push(`## ${theme.title}`, '');
    for (const question of theme.questions) {
      lines.push(`- [${state.checked[question.id] ? 'x' : ' '}] ${question.text}`);
      const note = state.notes[question.id]?.trim();
      if (note) lines.push(...note.split(/\r?\n/).map((line) => `  > ${line}`.trimEnd()));
    }
    lines.push('');
  }
  return lines.join('\n');
}
