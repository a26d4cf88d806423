import type { APIRoute } from 'astro';
import { pageNames } from '../../data/pages';

/**
 * The page names for "Bedoelde je ...?" (src/search/suggest.ts): titles, aliases and glossary
 * terms, each with where it leads. Fetched only when a query names no page exactly.
 */
export const GET: APIRoute = async () => {
  const names = (await pageNames()).map(({ name, url, title }) => [name, url, title]);
  return new Response(JSON.stringify(names), { headers: { 'content-type': 'application/json' } });
};
