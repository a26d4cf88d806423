import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The two parts of Workbox this needs, each from its own module: the package's index loads all
// of Workbox's build tools (Rollup, Babel, Terser), which only a build without a kept template uses.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import type { GenerateSWOptions } from 'workbox-build';
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

/** How the worker behaves; everything but the list of files, which each build makes anew. */
const WORKER_OPTIONS = {
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
} satisfies Partial<GenerateSWOptions>;
const MAXIMUM_FILE_SIZE = 5 * 1024 * 1024;
const CACHE_DIR = () => join(process.cwd(), 'node_modules/.cache/kennisbank');

/** Stands in for the list of files in the worker that Workbox bundles once (see workerTemplate). */
const PLACEHOLDER = { url: '__KENNISBANK_MANIFEST__', revision: '0' };
const PLACEHOLDER_CODE = `[{url:"${PLACEHOLDER.url}",revision:"${PLACEHOLDER.revision}"}]`;

/**
 * The worker's code with a placeholder for its list of files. Workbox bundles its runtime with
 * Rollup, Babel and Terser on every call (seconds of each build); the code is the same as long
 * as Workbox and WORKER_OPTIONS are, so it is bundled once and kept in node_modules/.cache.
 */
async function workerTemplate(cacheDir: string): Promise<string> {
  const workbox = (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/workbox-build/package.json'), 'utf8')) as { version: string }).version;
  const key = createHash('sha256').update(JSON.stringify([workbox, WORKER_OPTIONS, String(WORKER_OPTIONS.ignoreURLParametersMatching)])).digest('hex').slice(0, 24);
  const file = join(cacheDir, `sw-${key}.js`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    const dir = mkdtempSync(join(tmpdir(), 'kennisbank-sw-'));
    try {
      // Required from the project, not imported: the config's modules run in Vite's module runner,
      // which is closed by the time a build that started it without a template gets here.
      const { generateSW } = createRequire(join(process.cwd(), 'package.json'))('workbox-build/build/generate-sw.js') as typeof import('workbox-build/build/generate-sw.js');
      await generateSW({ ...WORKER_OPTIONS, globDirectory: dir, globPatterns: [], swDest: join(dir, 'sw.js'), additionalManifestEntries: [PLACEHOLDER] });
      const code = readFileSync(join(dir, 'sw.js'), 'utf8');
      if (code.split(PLACEHOLDER_CODE).length !== 2) throw new Error(`Workbox ${workbox} schreef de lijst met bestanden anders dan verwacht (${PLACEHOLDER_CODE}); pas src/integrations/service-worker.ts aan`);
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(`${file}.${process.pid}.tmp`, code);
      renameSync(`${file}.${process.pid}.tmp`, file);
      return code;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/**
 * Writes `sw.js` into a built site: a precache of OFFLINE_FILES, each with a revision (Workbox's
 * getManifest), so that a new build changes the worker and readers get the new version. Paths
 * are relative to the worker, so the site works the same under a sub-path.
 */
export async function writeServiceWorker(dist: string, cacheDir = CACHE_DIR(), template = workerTemplate(cacheDir)): Promise<{ count: number; size: number; warnings: string[] }> {
  const { count, size, warnings, manifestEntries } = await getManifest({ globDirectory: dist, globPatterns: OFFLINE_FILES, maximumFileSizeToCacheInBytes: MAXIMUM_FILE_SIZE });
  const code = await template;
  writeFileSync(join(dist, 'sw.js'), code.replace(PLACEHOLDER_CODE, () => JSON.stringify(manifestEntries)));
  return { count, size, warnings };
}

/** Adds the service worker after the build and the search index (so it must come after pagefindIndex()). */
export function serviceWorker(): AstroIntegration {
  let template: Promise<string> | undefined;
  return {
    name: 'kennisbank:service-worker',
    hooks: {
      // A build without a kept template bundles it (seconds): it starts now, and runs while the
      // main thread waits for Vite's bundler and the image workers.
      'astro:config:setup': ({ command }) => {
        if (command === 'build') {
          template = workerTemplate(CACHE_DIR());
          // Its error, if any, is reported where the template is used.
          template.catch(() => undefined);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), CACHE_DIR(), template);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Offline: ${count} bestanden (${(size / 1024).toFixed(0)} kB) in sw.js`);
      },
    },
  };
}
