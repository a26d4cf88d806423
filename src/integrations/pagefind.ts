import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Word positions per index chunk. Pagefind's default (20,000) makes chunks of about 31 kB gzip
 * on this site, and every query fetches at least one: with 2,000 a chunk is 2–8 kB, which keeps
 * a first query near its 100 kB budget and most later ones far below Pagefind's default. The
 * setting is an environment variable that Pagefind calls unstable (read in its options.rs);
 * tests/budgets.test.ts fails if a Pagefind upgrade stops honouring it.
 */
export const INDEX_CHUNK_SIZE = 2000;

/** Builds the Pagefind search index into `dist/pagefind/` as the last step of `astro build`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kennisbank:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Read by the Pagefind service that createIndex starts (it inherits this environment).
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind kon de site niet lezen: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`);
        logger.info(`zoekindex: ${added.page_count} pagina's in ${join(site, 'pagefind')}`);
        await pagefind.close();
      },
    },
  };
}
