import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentModel } from '../lib/content-model.ts';
import { sharablePagesOf } from '../lib/generated-pages.ts';
import { socialImagePath } from '../lib/social-image.ts';
import { socialImagePool } from '../lib/social-image-pool.ts';

/**
 * Every page's social image in a build: drawn on worker threads from the start of the build (a
 * cold build needs one per page), written into the site at its end. Images kept from an earlier
 * build are not drawn again. They are not rendered as pages (src/pages/og/ serves them in
 * `astro dev` only): Astro renders the image route before the pages, and its first request
 * would keep the main thread waiting for the worker, seconds in a cold build, instead of
 * rendering pages meanwhile.
 */
export function socialImages(model: ContentModel): AstroIntegration {
  const pages = sharablePagesOf(model);
  return {
    name: 'kennisbank:social-images',
    hooks: {
      // The earliest hook: Astro's own set-up, the type generation and Vite's bundling all come after.
      'astro:config:setup': ({ command }) => {
        if (command === 'build') socialImagePool().prepare(pages);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pool = socialImagePool();
        const images = await Promise.all(pages.map(async (page) => ({ file: join(site, socialImagePath(page.path)), png: await pool.image(page.title, page.label) })));
        for (const { file, png } of images) {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, png);
        }
        logger.info(`${images.length} plaatjes voor gedeelde links in ${join(site, 'og')}`);
      },
    },
  };
}
