/** The implementation checklist as Markdown, to paste into a policy document. */
export interface ChecklistTheme {
  title: string;
  questions: { id: string; text: string }[];
}
export interface ChecklistState {
  checked: Record<string, boolean>;
  notes: Record<string, string>;
}

export function checklistMarkdown(themes: ChecklistTheme[], state: ChecklistState, heading: string): string {
  const lines = [`# ${heading}`, ''];
  for (const theme of themes) {
    lines.push(`## ${theme.title}`, '');
    for (const question of theme.questions) {
      lines.push(`- [${state.checked[question.id] ? 'x' : ' '}] ${question.text}`);
      const note = state.notes[question.id]?.trim();
      if (note) lines.push(...note.split(/\r?\n/).map((line) => `  > ${line}`));
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Reads stored state, forgiving anything malformed (another version, a hand edit). */
export function parseChecklistState(stored: string | null): ChecklistState {
  const empty: ChecklistState = { checked: {}, notes: {} };
  if (!stored) return empty;
  try {
    const value = JSON.parse(stored) as Partial<ChecklistState>;
    return {
      checked: typeof value.checked === 'object' && value.checked ? value.checked : {},
      notes: typeof value.notes === 'object' && value.notes ? value.notes : {},
    };
  } catch {
    return empty;
  }
}
