import { describe, expect, it } from 'vitest';
import { checklistMarkdown } from './checklist-markdown';

const themes = [
  { title: 'Organisatie', questions: [{ id: 'a', text: 'Vraag A?' }, { id: 'b', text: 'Vraag B?' }] },
  { title: 'Cultuur', questions: [{ id: 'c', text: 'Vraag C?' }] },
];
const meta = { title: 'Checklist', date: '3 december 2026', url: 'https://example.org/implementatie/' };

describe('checklistMarkdown', () => {
  it('lists every question with its tick and notes as quotes, after the progress and the address', () => {
    const md = checklistMarkdown(themes, { checked: { b: true }, notes: { a: 'Eerste regel\n\ntweede regel' } }, meta);
    expect(md).toBe(
      [
        '# Checklist',
        '',
        'Stand op 3 december 2026: 1 van 3 vragen beantwoord (afgevinkt), 1 notitie.',
        'Gemaakt met de checklist op <https://example.org/implementatie/>.',
        '',
        '## Organisatie',
        '',
        '- [ ] Vraag A?',
        '  > Eerste regel',
        '  >',
        '  > tweede regel',
        '- [x] Vraag B?',
        '',
        '## Cultuur',
        '',
        '- [ ] Vraag C?',
        '',
      ].join('\n'),
    );
  });
});
