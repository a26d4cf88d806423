import { describe, expect, it } from 'vitest';
import { checklistMarkdown, parseChecklistState } from './checklist-markdown';

const themes = [
  { title: 'Organisatie', questions: [{ id: 'a', text: 'Vraag A?' }, { id: 'b', text: 'Vraag B?' }] },
  { title: 'Cultuur', questions: [{ id: 'c', text: 'Vraag C?' }] },
];

describe('checklistMarkdown', () => {
  it('lists every question with its tick and notes as quotes', () => {
    const md = checklistMarkdown(themes, { checked: { b: true }, notes: { a: 'Eerste regel\ntweede regel' } }, 'Checklist');
    expect(md).toBe(
      ['# Checklist', '', '## Organisatie', '', '- [ ] Vraag A?', '  > Eerste regel', '  > tweede regel', '- [x] Vraag B?', '', '## Cultuur', '', '- [ ] Vraag C?', ''].join('\n'),
    );
  });
});

describe('parseChecklistState', () => {
  it('reads what was stored', () => {
    expect(parseChecklistState('{"checked":{"a":true},"notes":{"a":"x"}}')).toEqual({ checked: { a: true }, notes: { a: 'x' } });
  });
  it('starts empty on nothing or on garbage', () => {
    expect(parseChecklistState(null)).toEqual({ checked: {}, notes: {} });
    expect(parseChecklistState('{kapot')).toEqual({ checked: {}, notes: {} });
    expect(parseChecklistState('{"checked":null}')).toEqual({ checked: {}, notes: {} });
  });
});
