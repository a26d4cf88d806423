import { describe, expect, it } from 'vitest';
import { publicUrl } from './public-url';

describe('publicUrl', () => {
  it('joins site, base and path', () => {
    expect(publicUrl('/kennisbank/', '/begrippen/pepper/', new URL('https://voorbeeld.example'))).toBe('https://voorbeeld.example/kennisbank/begrippen/pepper/');
    expect(publicUrl('/', '/', new URL('https://voorbeeld.example'))).toBe('https://voorbeeld.example/');
  });

  it('invents no domain without SITE_URL', () => {
    expect(publicUrl('/', '/begrippen/pepper/', undefined)).toBeUndefined();
  });
});
