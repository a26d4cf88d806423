import mammoth from 'mammoth';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { checklistDocument } from './checklist-docx';

const themes = [
  { title: 'Organisatie', questions: [{ id: 'a', text: 'Vraag A?' }, { id: 'b', text: 'Vraag B?' }] },
  { title: 'Cultuur', questions: [{ id: 'c', text: 'Vraag C & D?' }] },
];
const meta = { title: 'Checklist implementatie', date: '3 december 2026', url: 'https://example.org/implementatie/' };

describe('checklistDocument', () => {
  it('is a Word file that another reader opens, with headings, tick boxes, questions and notes', async () => {
    const buffer = await Packer.toBuffer(checklistDocument(themes, { checked: { b: true }, notes: { a: 'Eerste regel\ntweede regel' } }, meta));
    const { value: html, messages } = await mammoth.convertToHtml({ buffer });
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(html).toContain('<h1>Checklist implementatie</h1>');
    expect(html).toContain('<p>Stand op 3 december 2026: 1 van 3 vragen beantwoord (afgevinkt), 1 notitie.</p>');
    expect(html).toContain('https://example.org/implementatie/');
    expect(html).toContain('<h2>Organisatie</h2>');
    expect(html).toMatch(/<p><input type="checkbox" \/>\s*Vraag A\?<\/p><p><em>Eerste regel<\/em><\/p><p><em>tweede regel<\/em><\/p>/);
    expect(html).toMatch(/<p><input type="checkbox" checked="checked" \/>\s*Vraag B\?<\/p>/);
    expect(html).toMatch(/<p><input type="checkbox" \/>\s*Vraag C &amp; D\?<\/p>/);
  });
});
