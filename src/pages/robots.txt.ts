import type { APIRoute } from 'astro';
import { withBase } from '../lib/rehype-base-links';

/** robots.txt with the sitemap's full URL, which depends on SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
