/**
 * The implementation checklist as a Word document (.docx), which Word, LibreOffice, Pages and
 * Google Docs open with a double click. Each question has Word's own tick box, so a team can go on
 * ticking in Word; the import (checklist-import.ts) reads those boxes back. The `docx` library is
 * large, so the page loads this module only when a reader asks for the export.
 */
import { CheckBox, Document, HeadingLevel, Packer, Paragraph, Tab, TextRun } from 'docx';
import type { ChecklistExportMeta } from './checklist-markdown';
import { checklistProgress, progressLine, type ChecklistState, type ChecklistTheme } from './checklist-state';

/** Twentieths of a point: the tick box and the indent of the question text and its note. */
const INDENT = 400;

export function checklistDocument(themes: ChecklistTheme[], state: ChecklistState, meta: ChecklistExportMeta): Document {
  const ids = themes.flatMap((theme) => theme.questions.map((question) => question.id));
  const children = [
    new Paragraph({ text: meta.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: progressLine(checklistProgress(ids, state), meta.date) }),
    new Paragraph({ text: `Gemaakt met de checklist op ${meta.url}`, spacing: { after: 240 } }),
  ];
  for (const theme of themes) {
    children.push(new Paragraph({ text: theme.title, heading: HeadingLevel.HEADING_2, keepNext: true }));
    for (const question of theme.questions) {
      const note = state.notes[question.id]?.trim();
      children.push(
        new Paragraph({
          children: [new CheckBox({ checked: Boolean(state.checked[question.id]) }), new TextRun({ children: [new Tab(), question.text] })],
          indent: { left: INDENT, hanging: INDENT },
          tabStops: [{ type: 'left', position: INDENT }],
          spacing: { before: 120 },
          keepNext: Boolean(note),
        }),
        ...(note ? note.split(/\r?\n/) : []).map((line) => new Paragraph({ children: [new TextRun({ text: line, italics: true })], indent: { left: INDENT } })),
      );
    }
  }
  return new Document({
    title: meta.title,
    creator: 'Kennisbank Ervaringskennis',
    description: `${meta.title}, ${meta.url}`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } },
        heading1: { run: { font: 'Calibri', size: 32, bold: true }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { font: 'Calibri', size: 26, bold: true }, paragraph: { spacing: { before: 360, after: 60 } } },
      },
    },
    sections: [{ children }],
  });
}

export const checklistDocx = (themes: ChecklistTheme[], state: ChecklistState, meta: ChecklistExportMeta): Promise<Blob> =>
  Packer.toBlob(checklistDocument(themes, state, meta));
