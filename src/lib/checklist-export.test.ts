import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checklistExport } from './checklist-export';

const themes = [{ title: 'Organisatie', questions: [{ id: 'a', text: 'Vraag A?' }] }];
const state = { checked: { a: true }, notes: {} };
const url = 'https://example.org/implementatie/';

describe('checklistExport', () => {
  it('names the file after the day and the format', async () => {
    const markdown = await checklistExport('md', themes, state, url, new Date(2026, 0, 5));
    expect(markdown.name).toBe('checklist-implementatie-2026-01-05.md');
    expect(markdown.type).toBe('text/markdown');
    expect(await markdown.text()).toMatch(/^# Checklist implementatie ervaringskennis\n\nStand op 5 januari 2026: 1 van 1 vragen/);
  });

  it('makes a Word file with the Word writer', async () => {
    const word = await checklistExport('docx', themes, state, url, new Date(2026, 11, 31));
    expect(word.name).toBe('checklist-implementatie-2026-12-31.docx');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await word.arrayBuffer()) });
    expect(value).toContain('Vraag A?');
  });
});
