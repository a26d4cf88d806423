import type { APIRoute } from 'astro';
import { lessonCatalogue } from '../../../data/pages';

/** The lesson catalogue (src/data/pages.ts) for a trainer's lesson as its pages show it: fetched only then. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await lessonCatalogue()), { headers: { 'content-type': 'application/json' } });
