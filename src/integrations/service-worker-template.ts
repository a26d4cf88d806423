/**
 * The service worker's code, bundled by Workbox once per Workbox version and kept (see
 * workerTemplate); each build only puts its list of files in (src/integrations/service-worker.ts).
 * Plain Node TypeScript (imports with their .ts extension): a worker thread runs it too
 * (service-worker-template-worker.ts).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GenerateSWOptions } from 'workbox-build';
import { writeCacheFile } from '../lib/build-cache.ts';

/** How the worker behaves; everything but the list of files, which each build makes anew. */
export const WORKER_OPTIONS = {
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

/** Stands in for the list of files in the worker that Workbox bundles once (see workerTemplate). */
const PLACEHOLDER = { url: '__KENNISBANK_MANIFEST__', revision: '0' };
export const PLACEHOLDER_CODE = `[{url:"${PLACEHOLDER.url}",revision:"${PLACEHOLDER.revision}"}]`;

/**
 * The worker's code with a placeholder for its list of files. Workbox bundles its runtime with
 * Rollup, Babel and Terser on every call (seconds of each build); the code is the same as long
 * as Workbox and WORKER_OPTIONS are, so it is bundled once and kept in node_modules/.cache.
 */
export async function workerTemplate(cacheDir: string): Promise<string> {
  const kept = keptTemplate(cacheDir);
  if (kept !== undefined) return kept;
  const { workbox, file } = templateFile(cacheDir);
  const dir = mkdtempSync(join(tmpdir(), 'kennisbank-sw-'));
  try {
    // Required from the project, not imported: the config's modules run in Vite's module runner,
    // which is closed by the time a build that started it without a template gets here.
    const { generateSW } = createRequire(join(process.cwd(), 'package.json'))('workbox-build/build/generate-sw.js') as typeof import('workbox-build/build/generate-sw.js');
    await generateSW({ ...WORKER_OPTIONS, globDirectory: dir, globPatterns: [], swDest: join(dir, 'sw.js'), additionalManifestEntries: [PLACEHOLDER] });
    const code = readFileSync(join(dir, 'sw.js'), 'utf8');
    if (code.split(PLACEHOLDER_CODE).length !== 2) throw new Error(`Workbox ${workbox} schreef de lijst met bestanden anders dan verwacht (${PLACEHOLDER_CODE}); pas src/integrations/service-worker-template.ts aan`);
    writeCacheFile(file, code);
    return code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the template for the installed Workbox and WORKER_OPTIONS is kept. */
function templateFile(cacheDir: string): { workbox: string; file: string } {
  const workbox = (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/workbox-build/package.json'), 'utf8')) as { version: string }).version;
  const key = createHash('sha256').update(JSON.stringify([workbox, WORKER_OPTIONS, String(WORKER_OPTIONS.ignoreURLParametersMatching)])).digest('hex').slice(0, 24);
  return { workbox, file: join(cacheDir, `sw-${key}.js`) };
}

/** The kept template, or undefined when there is none yet. */
function keptTemplate(cacheDir: string): string | undefined {
  try {
    return readFileSync(templateFile(cacheDir).file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * workerTemplate on a worker thread, for a build that has no kept template: Rollup, Babel and
 * Terser then take a second or two of CPU, which the main thread (compiling MDX, rendering
 * pages) cannot spare. A kept template is read here. Falls back to this thread when no worker
 * thread can start or the worker fails.
 */
export function workerTemplateOffThread(cacheDir: string, workerFile = join(process.cwd(), 'src/integrations/service-worker-template-worker.ts')): Promise<string> {
  const kept = keptTemplate(cacheDir);
  if (kept !== undefined) return Promise.resolve(kept);
  return new Promise<string>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(workerFile, { workerData: { cacheDir } });
    } catch {
      return resolve(workerTemplate(cacheDir));
    }
    let settled = false;
    const fallBack = () => {
      if (!settled) resolve(workerTemplate(cacheDir));
      settled = true;
    };
    worker.once('message', (code: string) => {
      settled = true;
      resolve(code);
      void worker.terminate();
    });
    worker.once('error', fallBack);
    worker.once('exit', fallBack);
  });
}
