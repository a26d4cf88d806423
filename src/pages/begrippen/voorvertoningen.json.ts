import type { APIRoute } from 'astro';
import { conceptPages } from '../../data/pages';

/**
 * Title and summary of every concept, role and kerntaak page, for the link previews
 * (src/scripts/link-preview.ts): fetched once, on the first hover or focus of such a link.
 */
export const GET: APIRoute = async () => {
  const previews = Object.fromEntries(
    conceptPages().map((page) => [page.url, [page.data.title, page.data.summary.trim()]]),
  );
  return new Response(JSON.stringify(previews), { headers: { 'content-type': 'application/json' } });
};
