import { describe, expect, it } from 'vitest';
import { answeredLabel, checklistProgress, dutchDate, losesWork, parseChecklistState, progressLine } from './checklist-state';

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

describe('progress', () => {
  const state = { checked: { a: true, b: false, weg: true }, notes: { b: 'nog doen', c: '  ' } };
  it('counts ticked questions as answered, and notes apart; ids no longer on the page do not count', () => {
    expect(checklistProgress(['a', 'b', 'c'], state)).toEqual({ answered: 1, total: 3, notes: 1 });
  });
  it('says it the same way in the bar, the print view and the exports', () => {
    expect(answeredLabel({ answered: 12, total: 35 })).toBe('12 van 35 beantwoord');
    expect(progressLine({ answered: 12, total: 35, notes: 4 }, '3 december 2026')).toBe('Stand op 3 december 2026: 12 van 35 vragen beantwoord (afgevinkt), 4 notities.');
    expect(progressLine({ answered: 0, total: 35, notes: 1 }, '3 december 2026')).toMatch(/, 1 notitie\.$/);
  });
  it('writes dates the Dutch way', () => expect(dutchDate(new Date(2026, 11, 3))).toBe('3 december 2026'));
});

describe('losesWork', () => {
  const current = { checked: { a: true }, notes: { b: 'Bespreken in het MT' } };
  it('is false when nothing the reader did goes away', () => {
    expect(losesWork({ checked: {}, notes: {} }, current)).toBe(false);
    expect(losesWork(current, { checked: { a: true, c: true }, notes: { b: ' Bespreken in het MT\n' } })).toBe(false);
    expect(losesWork({ checked: { a: false }, notes: { b: '' } }, { checked: {}, notes: {} })).toBe(false);
  });
  it('is true when a tick or a note would be lost or changed', () => {
    expect(losesWork(current, { checked: {}, notes: { b: 'Bespreken in het MT' } })).toBe(true);
    expect(losesWork(current, { checked: { a: true }, notes: {} })).toBe(true);
    expect(losesWork(current, { checked: { a: true }, notes: { b: 'Iets anders' } })).toBe(true);
  });
});
