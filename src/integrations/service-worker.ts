import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
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

/**
 * Writes `sw.js` into a built site with Workbox: a precache of OFFLINE_FILES, each with a
 * revision, so that a new build changes the worker and readers get the new version. Paths are
 * relative to the worker, so the site works the same under a sub-path.
 */
export async function writeServiceWorker(dist: string): Promise<{ count: number; size: number; warnings: string[] }> {
  return generateSW({
    globDirectory: dist,
    globPatterns: OFFLINE_FILES,
    swDest: `${dist.replace(/\/$/, '')}/sw.js`,
    mode: 'production',
    // One file of the site's own origin: no importScripts of a second one.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    // /begrippen/pepper/ is served from begrippen/pepper/index.html.
    directoryIndex: 'index.html',
    // ?route=, ?q=, ?markeer= (read by the page's script) and Pagefind's ?ts= ask for the same file.
    ignoreURLParametersMatching: [/.*/],
    // The new version waits until the reader chooses to update (src/scripts/offline.ts).
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    cacheId: 'kennisbank',
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
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
