import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/page-schema';
import { idFromUrl, urlFromContentPath } from './lib/slug';

/**
 * The MDX pages, for Astro to render their text. Everything else about a page and every data file
 * comes from the content model (src/lib/content-model.ts), which reads and checks them once.
 */
const pages = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content',
    generateId: ({ entry }) => idFromUrl(urlFromContentPath(entry)),
  }),
  schema: pageSchema,
});

export const collections = { pages };
