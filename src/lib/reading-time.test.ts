import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time';

describe('readingMinutes', () => {
  it('counts words, not tags, link targets or punctuation', () => {
    const text = `${'woord '.repeat(400)} <Cite source="lejo-2025" at="§2.6" /> [PEPPER](/begrippen/pepper/) — |`;
    expect(readingMinutes(text)).toBe(2);
  });
  it('never says zero minutes', () => {
    expect(readingMinutes('kort')).toBe(1);
  });
});
