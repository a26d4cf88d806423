import type { APIRoute } from 'astro';
import { withBase } from '../lib/rehype-base-links';

/** robots.txt with the sitemap's full URL, which depends on SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
  // Without SITE_URL there is no sitemap (its addresses must be full), so robots.txt names none.
  const sitemap = site ? `\nSitemap: ${new URL(withBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
