import type { APIRoute } from 'astro';
import { allPages, pageNames } from '../data/pages';
import { queryVocabulary } from '../lib/query-variants';

/**
 * What the search box fetches when a query finds too little: the page names for "Bedoelde je
 * ...?" (src/lib/suggest.ts) and the words of names and summaries to split a compound query
 * such as "implementatievragen" (src/lib/query-variants.ts).
 */
export const GET: APIRoute = async () => {
  const names = (await pageNames()).map(({ name, url, title }) => [name, url, title]);
  const words = queryVocabulary((await allPages()).flatMap((entry) => [entry.data.title, ...entry.data.aliases, entry.data.summary]));
  return new Response(JSON.stringify({ names, words: [...words].sort() }), { headers: { 'content-type': 'application/json' } });
};
