/**
 * The checklist's exports as files: Word (.docx) for whoever opens it with a double click, Markdown
 * for a wiki or a plain-text note. Loaded when a reader first asks for an export; the Word writer,
 * which is large, only when Word is asked for.
 */
import { checklistMarkdown } from './checklist-markdown';
import { dutchDate, type ChecklistState, type ChecklistTheme } from './checklist-state';

export type ExportKind = 'docx' | 'md';
export const EXPORT_TITLE = 'Checklist implementatie ervaringskennis';

/** The file of an export, named after the day: `checklist-implementatie-2026-12-03.docx`. */
export async function checklistExport(kind: ExportKind, themes: ChecklistTheme[], state: ChecklistState, url: string, now: Date): Promise<File> {
  const meta = { title: EXPORT_TITLE, date: dutchDate(now), url };
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  const name = `checklist-implementatie-${day}.${kind}`;
  if (kind === 'md') return new File([checklistMarkdown(themes, state, meta)], name, { type: 'text/markdown' });
  const { checklistDocx } = await import('./checklist-docx');
  return new File([await checklistDocx(themes, state, meta)], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

/** Makes the export and hands it to the browser as a download; returns what to tell the reader. */
export async function downloadChecklist(kind: ExportKind, themes: ChecklistTheme[], state: ChecklistState): Promise<string> {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const file = await checklistExport(kind, themes, state, canonical, new Date());
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return `${file.name} is gemaakt en staat bij je downloads.`;
}
