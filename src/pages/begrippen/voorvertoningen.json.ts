import type { APIRoute } from 'astro';
import { allPages, pagePath } from '../../data/pages';
import { CONCEPT_KINDS } from '../../lib/generated-pages';

/**
 * Title and summary of every concept, role and kerntaak page, for the link previews
 * (src/scripts/link-preview.ts): fetched once, on the first hover or focus of such a link.
 */
export const GET: APIRoute = async () => {
  const previews = Object.fromEntries(
    (await allPages())
      .filter((entry) => CONCEPT_KINDS.includes(entry.data.kind) && entry.id !== 'begrippen')
      .map((entry) => [pagePath(entry), [entry.data.title, entry.data.summary.trim()]]),
  );
  return new Response(JSON.stringify(previews), { headers: { 'content-type': 'application/json' } });
};
