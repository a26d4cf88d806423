import { describe, expect, it } from 'vitest';
import { parseContact, securityTxt } from './contact';

describe('parseContact', () => {
  it('is undefined without a value', () => {
    expect(parseContact(undefined)).toBeUndefined();
    expect(parseContact('  ')).toBeUndefined();
  });

  it('reads an e-mail address, with or without mailto:', () => {
    expect(parseContact('toegankelijkheid@voorbeeld.nl')).toEqual({ href: 'mailto:toegankelijkheid@voorbeeld.nl', label: 'toegankelijkheid@voorbeeld.nl' });
    expect(parseContact('mailto:a@b.nl')).toEqual({ href: 'mailto:a@b.nl', label: 'a@b.nl' });
  });

  it('reads the https address of a contact form', () => {
    expect(parseContact('https://voorbeeld.nl/contact?over=kennisbank')).toEqual({ href: 'https://voorbeeld.nl/contact?over=kennisbank', label: 'voorbeeld.nl/contact?over=kennisbank' });
    expect(parseContact('https://voorbeeld.nl')).toEqual({ href: 'https://voorbeeld.nl/', label: 'voorbeeld.nl' });
  });

  it('refuses anything else, in Dutch, with what it received', () => {
    expect(() => parseContact('http://voorbeeld.nl/contact')).toThrow(/CONTACT: verwacht een e-mailadres .* kreeg "http:\/\/voorbeeld.nl\/contact"/);
    expect(() => parseContact('bel ons')).toThrow(/kreeg "bel ons"/);
  });
});

describe('securityTxt', () => {
  it('names the contact, an expiry a year on, the languages and, when known, its own address', () => {
    const contact = { href: 'mailto:a@b.nl', label: 'a@b.nl' };
    expect(securityTxt(contact, new Date('2026-12-06T10:00:00.123Z'), 'https://voorbeeld.example/.well-known/security.txt')).toBe(
      'Contact: mailto:a@b.nl\nExpires: 2027-12-06T10:00:00Z\nPreferred-Languages: nl, en\nCanonical: https://voorbeeld.example/.well-known/security.txt\n',
    );
    expect(securityTxt(contact, new Date('2026-12-06T10:00:00Z'))).not.toContain('Canonical');
  });
});
