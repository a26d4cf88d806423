import { DOMParser as XmlDomParser } from '@xmldom/xmldom';
import { strToU8, zipSync } from 'fflate';
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { checklistDocument } from './checklist-docx';
import { ChecklistImportError, importChecklist, importedMessage, linesFromDocx, linesFromMarkdown, readChecklistFile, replaceQuestion, stateFromLines } from './checklist-import';
import { checklistMarkdown } from './checklist-markdown';

const themes = [
  { title: 'Organisatie', questions: [{ id: 'a', text: 'Is er een aanspreekpunt?' }, { id: 'b', text: 'Wie is er verantwoordelijk voor dit werk?' }] },
  { title: 'Cultuur', questions: [{ id: 'c', text: 'Hoe praten we over  ervaringskennis?' }] },
];
const meta = { title: 'Checklist', date: '3 december 2026', url: 'https://example.org/implementatie/' };
const state = { checked: { b: true }, notes: { a: 'Bespreken in het MT\ntweede regel', c: 'Nog doen' } };

// The browser's DOMParser, for the Word paragraphs; Node has none.
beforeAll(() => {
  globalThis.DOMParser ??= XmlDomParser as unknown as typeof DOMParser;
});

describe('the Markdown export reads back', () => {
  it('with every tick and note', () => {
    const { state: read, unknown, found } = stateFromLines(linesFromMarkdown(checklistMarkdown(themes, state, meta)), themes);
    expect(read).toEqual(state);
    expect({ unknown, found }).toEqual({ unknown: [], found: 3 });
  });

  it('also as a person would edit it: [X], other bullets, CRLF, notes without ">", a question no longer on the page', () => {
    const markdown = [
      '# Mijn checklist',
      'Een inleiding van het team.',
      '* [X] is er een AANSPREEKPUNT?',
      '    Ja: Sanne',
      '+ [ ] Een vraag die het team zelf toevoegde',
      '  > hoort bij geen enkele vraag',
      '## Cultuur',
      '- [x] Hoe praten we over ervaringskennis?',
    ].join('\r\n');
    const { state: read, unknown } = stateFromLines(linesFromMarkdown(markdown), themes);
    expect(read).toEqual({ checked: { a: true, c: true }, notes: { a: 'Ja: Sanne' } });
    expect(unknown).toEqual(['Een vraag die het team zelf toevoegde']);
  });
});

describe('the Word export reads back', () => {
  it('with every tick and note', async () => {
    const bytes = new Uint8Array(await Packer.toBuffer(checklistDocument(themes, state, meta)));
    expect(stateFromLines(linesFromDocx(bytes), themes).state).toEqual(state);
  });

  it('after a team ticked boxes in Word or typed ☒ in another word processor', () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
    const box = (checked: string) =>
      `<w:sdt><w:sdtPr><w14:checkbox>${checked}</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>`;
    const xml = `<w:document ${W}><w:body>
      <w:p><w:pPr><w:pStyle w:val="Kop2"/></w:pPr><w:r><w:t>Organisatie</w:t></w:r></w:p>
      <w:p>${box('<w14:checked w14:val="1"/>')}<w:r><w:tab/><w:t>Is er een </w:t></w:r><w:r><w:t>aanspreekpunt?</w:t></w:r></w:p>
      <w:p><w:r><w:t>Eerste regel</w:t><w:br/><w:t>tweede regel</w:t></w:r></w:p>
      <w:p>${box('<w14:checked w14:val="0"/>')}<w:r><w:t>Wie is er verantwoordelijk voor dit werk?</w:t></w:r></w:p>
      <w:p>${box('<w14:checked/>')}<w:r><w:t>Hoe praten we over ervaringskennis?</w:t></w:r></w:p>
    </w:body></w:document>`;
    const typed = xml.replace(/<w:sdt>.*?<\/w:sdt>/g, '<w:r><w:t xml:space="preserve">☐ </w:t></w:r>').replace('☐', '☒');
    const docx = (document: string) => zipSync({ 'word/document.xml': strToU8(document) });
    expect(stateFromLines(linesFromDocx(docx(xml)), themes).state).toEqual({ checked: { a: true, c: true }, notes: { a: 'Eerste regel\ntweede regel' } });
    expect(stateFromLines(linesFromDocx(docx(typed)), themes).state).toEqual({ checked: { a: true }, notes: { a: 'Eerste regel\ntweede regel' } });
  });
});

describe('readChecklistFile', () => {
  const file = (content: BlobPart, name: string) => new File([content], name);
  const message = (promise: Promise<unknown>) =>
    promise.then(
      () => 'geen fout',
      (error: unknown) => (error instanceof ChecklistImportError ? error.message : `andere fout: ${String(error)}`),
    );

  it('reads a Markdown or Word export', async () => {
    expect((await readChecklistFile(file(checklistMarkdown(themes, state, meta), 'checklist.md'), themes)).state).toEqual(state);
    const docx = await Packer.toBuffer(checklistDocument(themes, state, meta));
    expect((await readChecklistFile(file(new Uint8Array(docx), 'Checklist.DOCX'), themes)).state).toEqual(state);
  });

  it('says in Dutch why a file is not an export', async () => {
    expect(await message(readChecklistFile(file('%PDF-1.4', 'notulen.pdf'), themes))).toBe(
      '"notulen.pdf" is geen export van de checklist: kies een .docx- of .md-bestand dat je met "Exporteer" hebt gemaakt.',
    );
    expect(await message(readChecklistFile(file('geen zip', 'checklist.docx'), themes))).toBe('"checklist.docx" is geen leesbaar Word-bestand.');
    expect(await message(readChecklistFile(file(zipSync({ 'x.txt': strToU8('x') }), 'checklist.docx'), themes))).toBe('"checklist.docx" is geen leesbaar Word-bestand.');
    expect(await message(readChecklistFile(file('# Boodschappen\n\n- [x] Melk', 'lijst.md'), themes))).toBe('In "lijst.md" staat geen enkele vraag van deze checklist.');
    expect(await message(readChecklistFile(file(new Uint8Array(20_000_001), 'groot.md'), themes))).toBe('"groot.md" is te groot voor een export van de checklist.');
  });
});

describe('messages', () => {
  it('ask before an import replaces work and say what was read', () => {
    expect(replaceQuestion('team.docx', { answered: 2, total: 35, notes: 1 })).toBe(
      'Importeren vervangt de vinkjes en notities op deze pagina door die uit "team.docx". Wat je nu hebt ingevuld (2 van 35 beantwoord, 1 notitie) gaat dan verloren. Doorgaan?',
    );
    expect(importedMessage('team.md', { answered: 12, total: 35, notes: 4 }, 0)).toBe('"team.md" is ingelezen: 12 van 35 beantwoord, 4 notities.');
    expect(importedMessage('team.md', { answered: 1, total: 35, notes: 0 }, 1)).toMatch(/0 notities\. 1 vraag uit het bestand staat niet \(meer\) op deze pagina en is overgeslagen\.$/);
    expect(importedMessage('team.md', { answered: 1, total: 35, notes: 0 }, 2)).toMatch(/ 2 vragen uit het bestand staan niet \(meer\) op deze pagina en zijn overgeslagen\.$/);
  });
});

describe('importChecklist', () => {
  const exported = () => new File([checklistMarkdown(themes, state, meta)], 'team.md');
  const never = () => {
    throw new Error('asked without need');
  };

  it('takes the file without asking when nothing would be lost', async () => {
    expect(await importChecklist(exported(), themes, { checked: { b: true }, notes: {} }, never)).toEqual({
      state,
      message: '"team.md" is ingelezen: 1 van 3 beantwoord, 2 notities.',
    });
  });

  it('asks before it replaces work, and changes nothing when the answer is no', async () => {
    const current = { checked: { a: true }, notes: {} };
    const asked: string[] = [];
    const no = await importChecklist(exported(), themes, current, (question) => (asked.push(question), false));
    expect(no).toEqual({ message: 'Importeren afgebroken. Er is niets veranderd.' });
    expect(asked).toEqual([replaceQuestion('team.md', { answered: 1, total: 3, notes: 0 })]);
    expect((await importChecklist(exported(), themes, current, () => true)).state).toEqual(state);
  });

  it('says why a file is refused, and that nothing changed', async () => {
    expect(await importChecklist(new File(['x'], 'x.pdf'), themes, state, never)).toEqual({
      message: '"x.pdf" is geen export van de checklist: kies een .docx- of .md-bestand dat je met "Exporteer" hebt gemaakt. Er is niets veranderd.',
    });
    const unreadable = { name: 'kapot.md', size: 1, arrayBuffer: () => Promise.reject(new Error('weg')) } as unknown as File;
    expect(await importChecklist(unreadable, themes, state, never)).toEqual({ message: 'Het bestand kon niet worden gelezen. Er is niets veranderd.' });
  });
});
