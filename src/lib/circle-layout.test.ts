import { describe, expect, it } from 'vitest';
import { arcPath, breakLongWord, pointsOnCircle, softHyphenate, wrapLabel } from './circle-layout';

describe('pointsOnCircle', () => {
  it('starts at the top and goes clockwise', () => {
    const [top, right, bottom, left] = pointsOnCircle(4, 100, { x: 200, y: 200 });
    expect(top).toEqual({ x: 200, y: 100 });
    expect(right).toEqual({ x: 300, y: 200 });
    expect(bottom).toEqual({ x: 200, y: 300 });
    expect(left).toEqual({ x: 100, y: 200 });
  });
});

describe('arcPath', () => {
  it('draws a clockwise arc from one step towards the next', () => {
    expect(arcPath(4, 0, 100, { x: 200, y: 200 }, 0)).toBe('M 200 100 A 100 100 0 0 1 300 200');
  });
  it('closes the circle from the last step back to the first', () => {
    expect(arcPath(4, 3, 100, { x: 200, y: 200 }, 0)).toBe('M 100 200 A 100 100 0 0 1 200 100');
  });
});

describe('wrapLabel', () => {
  it('keeps words whole and lines short', () => {
    expect(wrapLabel('Persoon met ervaringskennis', 16)).toEqual(['Persoon met', 'ervaringskennis']);
    expect(wrapLabel('Persoon met ervaringskennis', 12)).toEqual(['Persoon met', 'ervarings-', 'kennis']);
    expect(wrapLabel('Ervaring', 12)).toEqual(['Ervaring']);
  });
  it('breaks a word that is too long at the Dutch linking s', () => {
    expect(wrapLabel('Ervaringsdeskundigheid', 14)).toEqual(['Ervarings-', 'deskundigheid']);
    expect(breakLongWord('Abcdefghijklmnopqrstu', 14)).toEqual(['Abcdefghijk-', 'lmnopqrstu']);
    expect(breakLongWord('Ervaring', 14)).toEqual(['Ervaring']);
  });
});

describe('softHyphenate', () => {
  it('puts a soft hyphen at the linking s of long words only', () => {
    expect(softHyphenate('Ervaringsdeskundigheid')).toBe('Ervarings\u00ADdeskundigheid');
    expect(softHyphenate('De ervaring')).toBe('De ervaring');
  });
});
