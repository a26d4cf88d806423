/**
 * The service worker's code, put together without a bundler. Workbox's generateSW bundles its
 * runtime with Rollup, Babel and Terser on every call: seconds of CPU in a build without caches.
 * Two of Workbox's own parts give the same worker without that:
 * - the template generateSW fills in (populateSWTemplate), which turns WORKER_OPTIONS into the
 *   calls the worker makes; it imports each function it calls from its package;
 * - Workbox's ready-made browser builds of those packages (`build/workbox-*.prod.js`, the files
 *   Workbox's CDN and copyWorkboxLibraries serve), which set `self.workbox.core`,
 *   `self.workbox.precaching` and so on.
 * The builds come first, each after the packages it needs, and every import becomes a constant
 * read from those globals. One file of the site's own origin: no importScripts of a second one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GenerateSWOptions, ManifestEntry } from 'workbox-build';
import { populateSWTemplate } from 'workbox-build/build/lib/populate-sw-template.js';

/** How the worker behaves; everything but the list of files, which each build makes anew. */
export const WORKER_OPTIONS = {
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

/** An import the template writes: `import {precacheAndRoute as workbox_precaching_precacheAndRoute} from '…/workbox-precaching/precacheAndRoute.mjs';` */
const IMPORT = /import \{(\w+) as (\w+)\} from\s+'[^']*\/(workbox-[a-z-]+)\/\1\.mjs';/g;

/** The global a package's browser build sets: workbox-precaching → workbox.precaching. */
const globalOf = (pkg: string) => `workbox.${pkg.slice('workbox-'.length).replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}`;

/**
 * `sw.js` for `manifestEntries`. `root` is the project whose node_modules hold Workbox.
 * Throws, naming what it got, when a Workbox version writes its template or builds differently.
 */
export function serviceWorkerCode(manifestEntries: ManifestEntry[], root = process.cwd()): string {
  // The template writes the list pretty-printed; it goes in on one line, as the worker reads it.
  const placeholder = [{ url: '__KENNISBANK_MANIFEST__', revision: '0' }];
  const template = populateSWTemplate({ ...WORKER_OPTIONS, manifestEntries: placeholder });
  const imports = [...template.matchAll(IMPORT)].map((match) => ({ name: match[1]!, local: match[2]!, pkg: match[3]! }));
  const body = template.replace(IMPORT, '');
  if (imports.length === 0 || /^\s*import\b/m.test(body)) throw new Error(`Workbox schreef de imports in de service worker anders dan verwacht (import {naam as lokaal} from '…/workbox-pakket/naam.mjs'); ontvangen: ${JSON.stringify(template.slice(0, 300))}. Pas src/integrations/service-worker-code.ts aan.`);
  const pretty = JSON.stringify(placeholder, null, 2);
  if (body.split(pretty).length !== 2) throw new Error(`Workbox schreef de lijst met bestanden in de service worker anders dan verwacht (${JSON.stringify(pretty)}). Pas src/integrations/service-worker-code.ts aan.`);

  const require = createRequire(join(root, 'package.json'));
  const builds = browserBuilds(imports.map((entry) => entry.pkg), require);
  const constants = imports.map(({ name, local, pkg }) => `const ${local} = ${globalOf(pkg)}.${name};`);
  return [...builds, ...constants, body.replace(pretty, () => JSON.stringify(manifestEntries))].join('\n');
}

/** The production browser builds of `packages` and of the Workbox packages they need, needed ones first. */
function browserBuilds(packages: string[], require: NodeJS.Require): string[] {
  const ordered = new Map<string, string>();
  const visit = (pkg: string) => {
    if (ordered.has(pkg)) return;
    const manifest = require.resolve(`${pkg}/package.json`);
    const { dependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(dependencies).filter((name) => name.startsWith('workbox-')).sort()) visit(dependency);
    ordered.set(pkg, join(dirname(manifest), 'build', `${pkg}.prod.js`));
  };
  for (const pkg of [...new Set(packages)].sort()) visit(pkg);
  return [...ordered].map(([pkg, file]) => {
    const code = readFileSync(file, 'utf8');
    const sets = `this.workbox.${globalOf(pkg).slice('workbox.'.length)}=`;
    if (!code.includes(sets)) throw new Error(`${file} zet ${globalOf(pkg)} niet zoals verwacht (${sets}…). Pas src/integrations/service-worker-code.ts aan.`);
    // Their source maps are not published with the site.
    return code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  });
}
