/**
 * The implementation checklist's ticks and notes, as this browser keeps them, and what counts as
 * answered. The same words go into the bar on the page, the print view and both exports.
 */
export interface ChecklistQuestion {
  id: string;
  text: string;
}
export interface ChecklistTheme {
  title: string;
  questions: ChecklistQuestion[];
}
export interface ChecklistState {
  checked: Record<string, boolean>;
  notes: Record<string, string>;
}

export const emptyChecklistState = (): ChecklistState => ({ checked: {}, notes: {} });

/** Reads stored state, forgiving anything malformed (another version, a hand edit). */
export function parseChecklistState(stored: string | null): ChecklistState {
  if (!stored) return emptyChecklistState();
  try {
    const value = JSON.parse(stored) as Partial<ChecklistState>;
    return {
      checked: typeof value.checked === 'object' && value.checked ? value.checked : {},
      notes: typeof value.notes === 'object' && value.notes ? value.notes : {},
    };
  } catch {
    return emptyChecklistState();
  }
}

/**
 * "Beantwoord" means ticked: the page asks readers to tick a question once their organisation has
 * an answer. A note alone does not count, since it may just as well say what still has to happen.
 */
export function checklistProgress(ids: string[], state: ChecklistState): { answered: number; total: number; notes: number } {
  return {
    answered: ids.filter((id) => state.checked[id]).length,
    total: ids.length,
    notes: ids.filter((id) => state.notes[id]?.trim()).length,
  };
}

/** "12 van 35 beantwoord": the count in the bar. */
export const answeredLabel = ({ answered, total }: { answered: number; total: number }): string => `${answered} van ${total} beantwoord`;

/** "1 notitie", "4 notities". */
export const notesLabel = (notes: number): string => (notes === 1 ? '1 notitie' : `${notes} notities`);

/** The line under the title of the print view and the exports, e.g. "Stand op 3 december 2026: 12 van 35 vragen beantwoord (afgevinkt), 4 notities." */
export function progressLine(progress: { answered: number; total: number; notes: number }, date: string): string {
  return `Stand op ${date}: ${progress.answered} van ${progress.total} vragen beantwoord (afgevinkt), ${notesLabel(progress.notes)}.`;
}

/** Whether putting `next` in place of `current` would drop a tick or change a note the reader wrote. */
export function losesWork(current: ChecklistState, next: ChecklistState): boolean {
  const ticks = Object.keys(current.checked).some((id) => current.checked[id] && !next.checked[id]);
  const notes = Object.keys(current.notes).some((id) => current.notes[id]?.trim() && current.notes[id]!.trim() !== next.notes[id]?.trim());
  return ticks || notes;
}

/** A date as people write it in Dutch: "3 december 2026". */
export const dutchDate = (date: Date): string => date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
