import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Workbox's getManifest from its own module: the package's index loads all of Workbox's build
// tools (Rollup, Babel, Terser), which this site does not use (see service-worker-code.ts).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { serviceWorkerCode } from './service-worker-code.ts';
import { PAGEFIND_DIR, RESULT_FILES_DIR } from '../search/contract';
import { PAGEFIND_BROWSER_FILES } from '../search/pagefind-adapter';

/**
 * What a reader can use offline after one visit: every page, the scripts and styles, the search
 * engine with its index and result cards, the link previews and glossary data, the app icons.
 * Left out: social images (only for link previews elsewhere), Pagefind's fragments and ready-made
 * UIs (the site uses neither), the sitemap, robots.txt and security.txt.
 */
/** A site path (`/pagefind`) as a glob relative to the built site (`pagefind`). */
const inSite = (path: string) => path.replace(/^\//, '');

export const OFFLINE_FILES = [
  '**/*.html',
  '_astro/**/*.{js,css}',
  ...PAGEFIND_BROWSER_FILES.map((file) => `${inSite(PAGEFIND_DIR)}/${file}`),
  `${inSite(RESULT_FILES_DIR)}/**/*`,
  '{begrippen,voor-docenten}/**/*.json',
  'favicon.svg',
  'icon*.{svg,png}',
  'manifest.webmanifest',
];

const MAXIMUM_FILE_SIZE = 5 * 1024 * 1024;

/**
 * Writes `sw.js` into a built site: a precache of OFFLINE_FILES, each with a revision (Workbox's
 * getManifest), so that a new build changes the worker and readers get the new version. Paths
 * are relative to the worker, so the site works the same under a sub-path.
 */
export async function writeServiceWorker(dist: string): Promise<{ count: number; size: number; warnings: string[] }> {
  const { count, size, warnings, manifestEntries } = await getManifest({ globDirectory: dist, globPatterns: OFFLINE_FILES, maximumFileSizeToCacheInBytes: MAXIMUM_FILE_SIZE });
  writeFileSync(join(dist, 'sw.js'), serviceWorkerCode(manifestEntries));
  return { count, size, warnings };
}

/** Adds the service worker after the build and the search index (so it must come after pagefindIndex()). */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'kennisbank:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Offline: ${count} bestanden (${(size / 1024).toFixed(0)} kB) in sw.js`);
      },
    },
  };
}
