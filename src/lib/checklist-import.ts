/**
 * Reads an exported checklist (Markdown or Word) back into ticks and notes, so that a team can go on
 * with it in another browser. Questions are recognised by their text, so an export made before
 * this import existed reads too; whatever the file holds that is not a question of the page is
 * left out and counted. Loaded only when a reader picks a file.
 */
import { strFromU8, unzipSync } from 'fflate';
import { answeredLabel, checklistProgress, emptyChecklistState, losesWork, notesLabel, type ChecklistState, type ChecklistTheme } from './checklist-state';

/** A line (Markdown) or paragraph (Word) of an exported file, as far as the import cares. */
export type ExportLine = { kind: 'heading' } | { kind: 'question'; checked: boolean; text: string } | { kind: 'text'; text: string };

export interface ChecklistImport {
  state: ChecklistState;
  /** Questions of the file that are not on the page (reworded or removed since the export). */
  unknown: string[];
}

/** A file that is not an export of the checklist; the message says so in Dutch, for the reader. */
export class ChecklistImportError extends Error {}

type Progress = { answered: number; total: number; notes: number };

/** The question before an import replaces what the reader has filled in. */
export const replaceQuestion = (fileName: string, current: Progress): string =>
  `Importeren vervangt de vinkjes en notities op deze pagina door die uit "${fileName}". Wat je nu hebt ingevuld (${answeredLabel(current)}, ${notesLabel(current.notes)}) gaat dan verloren. Doorgaan?`;

/** What the reader is told after an import. */
export function importedMessage(fileName: string, imported: Progress, unknown: number): string {
  const skipped = unknown === 1 ? ' 1 vraag uit het bestand staat niet (meer) op deze pagina en is overgeslagen.' : ` ${unknown} vragen uit het bestand staan niet (meer) op deze pagina en zijn overgeslagen.`;
  return `"${fileName}" is ingelezen: ${answeredLabel(imported)}, ${notesLabel(imported.notes)}.${unknown ? skipped : ''}`;
}

/** Larger than any export, even one that a team filled with pictures in Word. */
const MAX_BYTES = 20_000_000;

export async function readChecklistFile(file: File, themes: ChecklistTheme[]): Promise<ChecklistImport> {
  const name = `"${file.name}"`;
  const isWord = /\.docx$/i.test(file.name);
  if (!isWord && !/\.(md|markdown|txt)$/i.test(file.name)) {
    throw new ChecklistImportError(`${name} is geen export van de checklist: kies een .docx- of .md-bestand dat je met "Exporteer" hebt gemaakt.`);
  }
  if (file.size > MAX_BYTES) throw new ChecklistImportError(`${name} is te groot voor een export van de checklist.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let lines: ExportLine[];
  try {
    lines = isWord ? linesFromDocx(bytes) : linesFromMarkdown(new TextDecoder().decode(bytes));
  } catch {
    throw new ChecklistImportError(`${name} is geen leesbaar Word-bestand.`);
  }
  const { state, unknown, found } = stateFromLines(lines, themes);
  if (!found) throw new ChecklistImportError(`In ${name} staat geen enkele vraag van deze checklist.`);
  return { state, unknown };
}

/**
 * Reads `file` to take the place of `current`, after `confirm` if that would lose a tick or a note.
 * Returns the new state (none if nothing changes) and what to tell the reader.
 */
export async function importChecklist(
  file: File,
  themes: ChecklistTheme[],
  current: ChecklistState,
  confirm: (question: string) => boolean,
): Promise<{ state?: ChecklistState; message: string }> {
  const ids = themes.flatMap((theme) => theme.questions.map((question) => question.id));
  try {
    const { state, unknown } = await readChecklistFile(file, themes);
    if (losesWork(current, state) && !confirm(replaceQuestion(file.name, checklistProgress(ids, current)))) {
      return { message: 'Importeren afgebroken. Er is niets veranderd.' };
    }
    return { state, message: importedMessage(file.name, checklistProgress(ids, state), unknown.length) };
  } catch (error) {
    return { message: `${error instanceof ChecklistImportError ? error.message : 'Het bestand kon niet worden gelezen.'} Er is niets veranderd.` };
  }
}

/** Task items (`- [x] …`) are questions, quoted or indented lines under them their note. */
export function linesFromMarkdown(markdown: string): ExportLine[] {
  return markdown.split(/\r?\n/).flatMap((line): ExportLine[] => {
    if (/^ {0,3}#{1,6}(\s|$)/.test(line)) return [{ kind: 'heading' }];
    const task = /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/.exec(line);
    if (task) return [{ kind: 'question', checked: task[1] !== ' ', text: task[2]! }];
    const note = /^\s*>\s?(.*)$/.exec(line) ?? /^\s{2,}(\S.*)$/.exec(line);
    return note ? [{ kind: 'text', text: note[1]! }] : [];
  });
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

/**
 * The paragraphs of a .docx: a paragraph with a tick box (Word's check box control, or a ☐/☒
 * typed in front) is a question, a heading style starts a theme, any other paragraph is note text.
 * Throws on anything that is not a Word document.
 */
export function linesFromDocx(bytes: Uint8Array): ExportLine[] {
  const entry = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  if (!entry) throw new Error('no word/document.xml');
  const doc = new DOMParser().parseFromString(strFromU8(entry), 'application/xml');
  // Never shown (importChecklist says the file could not be read), so not checked for Dutch. cspell:disable-next-line
  if (doc.getElementsByTagName('parsererror').length) throw new Error('malformed word/document.xml');
  return Array.from(doc.getElementsByTagNameNS(W, 'p'), (paragraph): ExportLine => {
    const style = paragraph.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '';
    if (/^(heading|kop|title|titel)/i.test(style)) return { kind: 'heading' };
    let text = '';
    for (const node of Array.from(paragraph.getElementsByTagNameNS(W, '*'))) {
      if (node.localName === 't') text += node.textContent ?? '';
      else if (node.localName === 'tab') text += ' ';
      else if (node.localName === 'br' || node.localName === 'cr') text += '\n';
    }
    const box = paragraph.getElementsByTagNameNS(W14, 'checkbox')[0];
    const symbol = /^\s*([☐☒☑])\s*/.exec(text);
    if (!box && !symbol) return { kind: 'text', text };
    const checked = box?.getElementsByTagNameNS(W14, 'checked')[0];
    const value = checked?.getAttributeNS(W14, 'val');
    return {
      kind: 'question',
      checked: box ? Boolean(checked) && !['0', 'false', 'off'].includes(value ?? '') : symbol![1] !== '☐',
      text: symbol ? text.slice(symbol[0].length) : text,
    };
  });
}

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Ticks and notes from the lines of an export, for the questions of the page that it names. */
export function stateFromLines(lines: ExportLine[], themes: ChecklistTheme[]): ChecklistImport & { found: number } {
  const idOf = new Map(themes.flatMap((theme) => theme.questions).map((question) => [normalise(question.text), question.id]));
  const state = emptyChecklistState();
  const unknown: string[] = [];
  const notes: Record<string, string[]> = {};
  let current: string | undefined;
  for (const line of lines) {
    if (line.kind === 'heading') current = undefined;
    else if (line.kind === 'question') {
      current = idOf.get(normalise(line.text));
      if (!current) unknown.push(line.text.trim());
      else {
        notes[current] = [];
        if (line.checked) state.checked[current] = true;
        else delete state.checked[current];
      }
    } else if (current) notes[current]!.push(line.text);
  }
  for (const [id, text] of Object.entries(notes)) {
    const note = text.join('\n').trim();
    if (note) state.notes[id] = note;
  }
  return { state, unknown, found: Object.keys(notes).length };
}
