import { describe, expect, it } from 'vitest';
import { withBase } from './rehype-base-links';

describe('withBase', () => {
  it('prefixes site paths with the deploy base', () => {
    expect(withBase('/kennisbank/', '/begrippen/pepper/#ethisch')).toBe('/kennisbank/begrippen/pepper/#ethisch');
    expect(withBase('/kennisbank', '/')).toBe('/kennisbank/');
  });
  it('leaves the root base, external links and fragments alone', () => {
    expect(withBase('/', '/begrippen/')).toBe('/begrippen/');
    expect(withBase('/kennisbank/', 'https://example.org/')).toBe('https://example.org/');
    expect(withBase('/kennisbank/', '//cdn.example.org/x.js')).toBe('//cdn.example.org/x.js');
    expect(withBase('/kennisbank/', '#competenties')).toBe('#competenties');
  });
});
