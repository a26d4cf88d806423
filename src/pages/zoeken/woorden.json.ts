import type { APIRoute } from 'astro';
import { allPages } from '../../data/pages';
import { queryVocabulary } from '../../search/query-variants';

/**
 * The words of every page's title, aliases and summary, for reading a query another way
 * (src/search/query-variants.ts): split "implementatievragen", join "jeugd zorg" only into a word
 * the site uses. A few kB; fetched only for queries that need it.
 */
export const GET: APIRoute = async () => {
  const words = queryVocabulary((await allPages()).flatMap((entry) => [entry.data.title, ...entry.data.aliases, entry.data.summary]));
  return new Response(JSON.stringify([...words].sort()), { headers: { 'content-type': 'application/json' } });
};
