import type { AstroIntegration } from 'astro';
import type { ContentModel } from '../lib/content-model.ts';
import { sharablePagesOf } from '../lib/generated-pages.ts';
import { socialImagePool } from '../lib/social-image-pool.ts';

/**
 * Starts drawing every page's social image when the build starts, on worker threads: a cold build
 * needs one per page, and the image route (src/pages/og/) only renders after Vite has bundled the
 * site, seconds later. Images kept from an earlier build are not drawn again.
 */
export function socialImages(model: ContentModel): AstroIntegration {
  return {
    name: 'kennisbank:social-images',
    hooks: {
      // The earliest hook: Astro's own set-up, the type generation and Vite's bundling all come after.
      'astro:config:setup': ({ command }) => {
        if (command === 'build') socialImagePool().prepare(sharablePagesOf(model));
      },
    },
  };
}
