/**
 * The site's contact, from ONE configuration value (the CONTACT environment variable, see README):
 * an e-mail address or the https address of a contact form. It is the contact in the
 * accessibility statement and in /.well-known/security.txt; without it neither invents one.
 */
export interface Contact {
  /** `mailto:…` or `https://…` */
  href: string;
  /** What a reader sees: the e-mail address or the form's address. */
  label: string;
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** Reads the CONTACT value; undefined when it is empty, a Dutch error when it is neither. */
export function parseContact(value: string | undefined): Contact | undefined {
  const text = value?.trim() ?? '';
  if (!text) return undefined;
  const address = text.replace(/^mailto:/i, '');
  if (EMAIL.test(address)) return { href: `mailto:${address}`, label: address };
  if (/^https:\/\/[^\s]+$/i.test(text) && URL.canParse(text)) {
    const url = new URL(text);
    return { href: url.href, label: `${url.host}${url.pathname === '/' ? '' : url.pathname}${url.search}` };
  }
  throw new Error(`CONTACT: verwacht een e-mailadres (zoals toegankelijkheid@voorbeeld.nl) of het https-adres van een contactformulier, kreeg "${text}"`);
}

/**
 * /.well-known/security.txt (RFC 9116): the contact, an expiry a year after the build, the
 * languages, and where the file lives when the public address is known.
 */
export function securityTxt(contact: Contact, built: Date, canonical?: string): string {
  const expires = new Date(built);
  expires.setUTCFullYear(expires.getUTCFullYear() + 1);
  const lines = [`Contact: ${contact.href}`, `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`, 'Preferred-Languages: nl, en'];
  if (canonical) lines.push(`Canonical: ${canonical}`);
  return `${lines.join('\n')}\n`;
}
