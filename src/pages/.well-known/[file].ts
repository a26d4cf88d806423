import type { APIRoute, GetStaticPaths } from 'astro';
import { CONTACT } from 'astro:env/server';
import { parseContact, securityTxt } from '../../lib/contact';
import { publicUrl } from '../../lib/public-url';

/** /.well-known/security.txt, only when CONTACT is set: without a contact there is nothing to say. */
export const getStaticPaths = (() => (parseContact(CONTACT) ? [{ params: { file: 'security.txt' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  const contact = parseContact(CONTACT)!;
  const canonical = publicUrl(import.meta.env.BASE_URL, '/.well-known/security.txt', site);
  return new Response(securityTxt(contact, new Date(), canonical), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
