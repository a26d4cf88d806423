// npm run bench: measures the site and writes BENCHMARKS.md. A script, not a timed test: the
// figures go into issue notes, nothing here passes or fails on speed.
//
//   npm run bench                        the real site (1x) with search timing, download sizes and
//                                        Lighthouse; and the side-by-side with default Starlight
//   npm run bench -- --quick             the real site only, with Lighthouse
//   npm run bench -- --vs-starlight      only the side-by-side with default Starlight (for checking
//                                        a faster build: no search timing, no Lighthouse)
//   npm run bench -- --large             also a synthetic site 100x the size (takes many minutes)
//   npm run bench -- --runs 2            builds per site and size in the side-by-side (default 3)
//
// The synthetic sites are copies of the project in a temporary folder whose content pages are
// multiplied (new slugs, titles and aliases, the same text), so they build and search like the
// real thing. The repository's own content/ is never touched.
//
// The side-by-side builds the same MDX pages, at 1x and 10x, with default Starlight too: installed
// once with npm into a temporary folder named after its versions (reused by later runs, never a
// dependency of this project). Starlight gets only what it needs to build our pages: frontmatter
// reduced to title and description, and stand-ins for our components (see starlightSite below).
// Starlight is built twice: as it comes (its MDX compiled by Sätteri, Astro 7's default) and with
// the unified() processor our site uses (see astro.config.mjs), so that the report can tell the
// cost of that choice from the cost of our own code.
// Each site is built cold (without the caches a previous build left) and then warm (with them, the
// content unchanged: an author's next build); the builds take turns (A B C A B C) so that the
// machine's noise hits all sites alike.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
// The tests' static server (a plain static host: index files, 404 page, WebAssembly type); npm
// scripts run on the project's own Node, which loads TypeScript by stripping its types.
import { serve } from '../tests/support/server.ts';
import { SEARCH_DEBOUNCE_MS } from '../src/search/options.ts';
import { gzipSize } from '../src/lib/page-weight.ts';
import { contentPageText, median, parseContentPage, passedComponents, perPageMs, replaceSections, scaleContent, starlightPage } from '../src/lib/benchmark.ts';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const CHROMIUM = '/usr/bin/chromium';
const STARLIGHT_VERSION = '0.42.9';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const seconds = (value) => `${value.toFixed(1)} s`;
const ms = (value) => `${value.toFixed(0)} ms`;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const QUERIES = ['ervaringskennis', 'pepper', 'herstel', 'zelfonthulling', 'rollen', 'kerntaak', 'stigma', 'jeugdzorg', 'beroepsregister', 'zme', 'cirkelmodel', 'waarden', 'lotgenoten', 'implementatie', 'nabijheid', 'onderzoeker'];

/** The command line: which parts to measure, and how many builds per site in the side-by-side. */
function readOptions(args) {
  const options = { quick: false, vsStarlight: false, large: false, runs: 3 };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--quick') options.quick = true;
    else if (args[i] === '--vs-starlight') options.vsStarlight = true;
    else if (args[i] === '--large') options.large = true;
    else if (args[i] === '--runs') options.runs = Number(args[++i]);
    else throw new Error(`bench: onbekende optie "${args[i]}"; verwacht --quick, --vs-starlight, --large of --runs <aantal>`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error(`bench: --runs kreeg "${args[args.indexOf('--runs') + 1]}"; verwacht een heel getal van 1 of meer`);
  if (options.quick && (options.vsStarlight || options.large)) throw new Error('bench: --quick meet alleen de echte site; verwacht het zonder --vs-starlight en --large');
  if (options.vsStarlight && options.large) throw new Error('bench: --large hoort bij de volle meting; verwacht het zonder --vs-starlight');
  return options;
}

/* ---------- Building ---------- */

/** Builds the project in `dir`; returns the seconds it took. */
function build(dir) {
  const started = performance.now();
  execFileSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Like npm test: a public address (a reserved example name), so canonical links and QR codes are whole.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? 'https://kennisbank.example' },
  });
  return (performance.now() - started) / 1000;
}

/**
 * A build from scratch: without the output and the caches a previous build left (Astro's content
 * store, Vite's, and ours in node_modules/.cache: parsed pages, compiled MDX, social images),
 * which would make the second and third build faster than the first.
 */
function coldBuild(dir) {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache']) rmSync(join(dir, cache), { recursive: true, force: true });
  return build(dir);
}

const builtPages = (dist) => globSync('**/*.html', { cwd: dist, exclude: ['pagefind/**'] }).length;
const indexBytes = (dist) => globSync('pagefind/**/*', { cwd: dist }).reduce((sum, file) => sum + (statSync(join(dist, file)).isFile() ? statSync(join(dist, file)).size : 0), 0);
const packageVersion = (nodeModules, name) => JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')).version;

/**
 * Links every package of `from` into a new node_modules folder `to`, not the caches: each site
 * keeps its own content store and Vite cache, and coldBuild may delete them.
 */
function linkPackages(from, to) {
  mkdirSync(to);
  for (const entry of readdirSync(from)) {
    if (!['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache'].includes(entry)) symlinkSync(join(from, entry), join(to, entry));
  }
}

/* ---------- Search ---------- */

/**
 * Keystroke to results in the header search box, the way a reader meets it: the query is typed
 * (one input event), and the clock stops when the list answers it (its results and excerpts are
 * in the page). Includes the box's wait for more keystrokes; Pagefind already fetches the index
 * chunks during that wait. "First" is the first query after focus, with Pagefind loaded.
 */
async function searchLatency(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.locator('#zoekveld').focus();
  await page.waitForLoadState('networkidle');
  const measure = (query) =>
    page.evaluate(async (q) => {
      const input = document.querySelector('#zoekveld');
      const list = document.querySelector('[data-search-results]');
      list.dataset.query = '';
      const answered = new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error(`bench: geen resultaten voor "${q}" na 10 s`)), 10000);
        const observer = new MutationObserver(() => {
          if (list.dataset.query === q) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
      });
      const started = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return (await answered) - started;
    }, query);
  const first = await measure(QUERIES[0]);
  const warm = [];
  for (const query of QUERIES) warm.push(await measure(query));
  await page.close();
  return { first, warm };
}

/** Everything about one built site: pages, index, search. */
async function siteFigures(dir, buildSeconds, browser) {
  const dist = join(dir, 'dist');
  const server = await serve(dist);
  const search = await searchLatency(browser, server.origin);
  server.close();
  return { buildSeconds, pages: builtPages(dist), indexBytes: indexBytes(dist), search };
}

/* ---------- Our site, at any size ---------- */

/** The MDX pages of a content folder, sorted by path. */
function readContent(contentDir) {
  return globSync('**/*.mdx', { cwd: contentDir })
    .sort()
    .map((file) => parseContentPage(file, readFileSync(join(contentDir, file), 'utf8')));
}

/** A copy of the project in a temporary folder, with node_modules linked (not its caches). */
function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), 'kennisbank-bench-'));
  const skip = /^(node_modules|dist|dist-[^/]*|coverage|test-results|screenshots|\.git|\.astro)(\/|$)/;
  cpSync(root, dir, { recursive: true, filter: (source) => !skip.test(relative(root, source)) });
  linkPackages(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Adds the copies of scaleContent (src/lib/benchmark.ts) to the content of the copy in `dir`. */
function multiplyContent(dir, factor) {
  const content = join(dir, 'content');
  const originals = readContent(content);
  for (const page of scaleContent(originals, factor)) {
    if (!originals.includes(page)) writeFileSync(join(content, page.file), contentPageText(page));
  }
  return globSync('**/*.mdx', { cwd: content }).length;
}

/** Our project in a temporary folder, with its content at `factor` times its size. */
function ourSite(factor) {
  const dir = copyProject();
  const mdx = multiplyContent(dir, factor);
  console.error(`bench: onze site ${factor}x, ${mdx} MDX-pagina's in ${dir}`);
  return dir;
}

/* ---------- Default Starlight, with the same pages ---------- */

// Only a title, and the public address like our own build, so that both write canonical links
// and a sitemap. Everything else is Starlight's default: its sidebar (generated from all pages),
// Pagefind search, Expressive Code, no social links.
const STARLIGHT_CONFIG = `// Default Starlight for the Kennisbank's npm run bench (written by scripts/bench.mjs).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  integrations: [starlight({ title: 'Kennisbank Ervaringskennis' })],
});
`;

// The same, with MDX compiled by unified() as ours is: GitHub Flavored Markdown on, smart quotes
// off (as in astro.config.mjs). Starlight adds its own remark and rehype plugins to either processor.
const STARLIGHT_UNIFIED_CONFIG = `// Starlight with the unified() processor, for the Kennisbank's npm run bench (written by scripts/bench.mjs).
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  markdown: { processor: unified({ gfm: true, smartypants: false }) },
  integrations: [starlight({ title: 'Kennisbank Ervaringskennis' })],
});
`;

/** The sites of the side-by-side, as the report names them. */
const SITE_NAMES = { ours: 'onze site', starlight: 'standaard-Starlight', 'starlight-unified': 'Starlight met unified()' };

const STARLIGHT_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

// The stand-in for each of our components: what it was given, as plain text. No citation list,
// circle model, checklist or routes: their data and markup are part of our build's cost, not Starlight's.
const STARLIGHT_STUB = `---
// Stand-in for a Kennisbank component (scripts/bench.mjs): attributes and children as plain text.
const text = Object.values(Astro.props).filter((value) => typeof value === 'string' || typeof value === 'number').join(' ');
---
<span>{text}<slot /></span>
`;

/** The components our pages get from src/pages/[...slug].astro, which Starlight gets as stand-ins. */
const ourComponents = () => passedComponents(readFileSync(join(root, 'src/pages/[...slug].astro'), 'utf8'));

/**
 * The packages Starlight is installed with: Astro, Pagefind and Astro's unified() processor in
 * this project's versions.
 */
function starlightPackages() {
  const ours = join(root, 'node_modules');
  return { '@astrojs/starlight': STARLIGHT_VERSION, astro: packageVersion(ours, 'astro'), pagefind: packageVersion(ours, 'pagefind'), '@astrojs/markdown-remark': packageVersion(ours, '@astrojs/markdown-remark') };
}

/**
 * Default Starlight installed with npm in a temporary folder named after its versions; a later
 * run finds it there. Installed beside it first and then renamed, so that an interrupted install
 * is never taken for a finished one.
 */
function installStarlight() {
  const packages = starlightPackages();
  const dir = join(tmpdir(), `kennisbank-bench-starlight-${packages['@astrojs/starlight']}-astro-${packages.astro}-pagefind-${packages.pagefind}-markdown-remark-${packages['@astrojs/markdown-remark']}`);
  if (existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'))) return dir;
  console.error(`bench: standaard-Starlight installeren in ${dir} (eenmalig)`);
  const staging = mkdtempSync(`${dir}-bezig-`);
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify({ name: 'kennisbank-bench-starlight', private: true, type: 'module' }, null, 2)}\n`);
  // npm on the project's Node; without the npm_* settings that npm run passes to this script,
  // which describe this project, not the temporary one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));
  env.PATH = `${dirname(process.execPath)}:${process.env.PATH}`;
  execFileSync('npm', ['install', '--save-exact', '--no-audit', '--no-fund', '--loglevel=error', ...Object.entries(packages).map(([name, version]) => `${name}@${version}`)], { cwd: staging, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (existsSync(dir)) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, dir);
  return dir;
}

/**
 * A Starlight project in a temporary folder with our MDX pages at `factor` times their size, at
 * the same paths under src/content/docs/ and multiplied like ours (scaleContent). Each page keeps
 * only title and description (starlightPage) and imports the stand-ins for our components.
 * `site` is 'starlight' (as it comes) or 'starlight-unified' (MDX compiled by unified()).
 */
function starlightSite(install, factor, site) {
  const dir = mkdtempSync(join(tmpdir(), 'kennisbank-bench-starlight-site-'));
  linkPackages(join(install, 'node_modules'), join(dir, 'node_modules'));
  const stubs = join(dir, 'src/components/stubs');
  mkdirSync(stubs, { recursive: true });
  const components = ourComponents();
  const files = {
    // With the installed packages as dependencies: Astro reads them to bundle Starlight's own
    // components (which import astro: modules) instead of leaving them to Node.
    'package.json': readFileSync(join(install, 'package.json'), 'utf8'),
    'astro.config.mjs': site === 'starlight-unified' ? STARLIGHT_UNIFIED_CONFIG : STARLIGHT_CONFIG,
    'src/content.config.ts': STARLIGHT_COLLECTIONS,
    'src/components/stubs/Stub.astro': STARLIGHT_STUB,
    'src/components/stubs/index.ts': components.map((name) => `export { default as ${name} } from './Stub.astro';\n`).join(''),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  const docs = join(dir, 'src/content/docs');
  const pages = scaleContent(readContent(join(root, 'content')), factor);
  for (const page of pages) {
    const target = join(docs, page.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, starlightPage(page, relative(dirname(target), join(stubs, 'index.ts')), components));
  }
  console.error(`bench: ${SITE_NAMES[site]} ${factor}x, ${pages.length} MDX-pagina's in ${dir}`);
  return dir;
}

/* ---------- Side by side ---------- */

/**
 * Our site and Starlight (as it comes, and with unified()) at 1x and 10x, each built cold `runs`
 * times, then warm `runs` times (each build keeping what the one before left). The builds take
 * turns (ours 1x, Starlight 1x, Starlight with unified() 1x, the same at 10x, and again), so that
 * a busy moment on the shared machine does not land on one site only. The folders stay for the
 * caller to measure further and remove (removeSites).
 */
function compareWithStarlight(runs) {
  const install = installStarlight();
  const sites = [];
  try {
    for (const factor of [1, 10]) {
      sites.push({ site: 'ours', factor, dir: ourSite(factor), times: [], warmTimes: [] });
      for (const site of ['starlight', 'starlight-unified']) sites.push({ site, factor, dir: starlightSite(install, factor, site), times: [], warmTimes: [] });
    }
    const loadBefore = loadavg()[0];
    for (let run = 1; run <= runs; run++) {
      for (const entry of sites) {
        entry.times.push(coldBuild(entry.dir));
        console.error(`bench: ${SITE_NAMES[entry.site]} ${entry.factor}x, build ${run}/${runs}: ${seconds(entry.times.at(-1))}`);
      }
    }
    for (let run = 1; run <= runs; run++) {
      for (const entry of sites) {
        entry.warmTimes.push(build(entry.dir));
        console.error(`bench: ${SITE_NAMES[entry.site]} ${entry.factor}x, warme build ${run}/${runs}: ${seconds(entry.warmTimes.at(-1))}`);
      }
    }
    for (const entry of sites) entry.pages = builtPages(join(entry.dir, 'dist'));
    const installed = (name) => packageVersion(join(install, 'node_modules'), name);
    const versions = { starlight: installed('@astrojs/starlight'), astro: installed('astro'), pagefind: installed('pagefind'), markdownRemark: installed('@astrojs/markdown-remark') };
    return { sites, runs, install, versions, load: [loadBefore, loadavg()[0]], mdx: readContent(join(root, 'content')).length };
  } catch (error) {
    removeSites(sites);
    throw error;
  }
}

function removeSites(sites) {
  for (const entry of sites) rmSync(entry.dir, { recursive: true, force: true });
}

/** One site's figures in the side-by-side: median build at 1x and 10x, pages, cost per added page. */
function sideBySideFigures(comparison, site, kind = 'times') {
  const at = (factor) => comparison.sites.find((entry) => entry.site === site && entry.factor === factor);
  const [small, large] = [at(1), at(10)];
  const figures = (entry) => ({ pages: entry.pages, seconds: median(entry[kind]), spread: [Math.min(...entry[kind]), Math.max(...entry[kind])] });
  return { small: figures(small), large: figures(large), perPage: perPageMs(figures(small), figures(large)), dir10: large.dir };
}

/* ---------- The reader's side ---------- */

/** Lighthouse's four scores for each page, with the audits that cost points. */
async function lighthouseScores(origin, paths) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox'] });
  const rows = [];
  try {
    for (const path of paths) {
      const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.values(lhr.categories).flatMap((category) =>
        category.auditRefs.filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1).map((ref) => `${ref.id} ${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score}`),
      );
      rows.push({ path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), failing });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

/** What a reader downloads: a concept page before searching, then Pagefind on focus and a first query (gzip as served). */
async function readerBytes(browser, origin, dist) {
  const html = readFileSync(join(dist, 'begrippen/ervaringskennis/index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(css|js))"/g)].map((match) => ({ file: join(dist, match[1]), kind: match[2] }));
  const sum = (kind) => assets.filter((asset) => asset.kind === kind).reduce((total, asset) => total + gzipSize(readFileSync(asset.file)), 0);
  const page = await browser.newPage();
  await page.goto(`${origin}/begrippen/ervaringskennis/`);
  await page.waitForLoadState('networkidle');
  const fetched = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    fetched.push({ raw: body.length, served: Math.min(body.length, gzipSize(body)) });
  });
  const total = (list) => list.reduce((acc, item) => ({ raw: acc.raw + item.raw, served: acc.served + item.served }), { raw: 0, served: 0 });
  await page.locator('#zoekveld').focus();
  await page.waitForTimeout(1500);
  const onFocus = total(fetched.splice(0));
  await page.locator('#zoekveld').fill('ervaringskennis');
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.dataset.query === 'ervaringskennis');
  await page.waitForTimeout(500);
  const firstQuery = total(fetched.splice(0));
  await page.locator('#zoekveld').fill('herstel');
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.dataset.query === 'herstel');
  await page.waitForTimeout(500);
  const laterQuery = total(fetched.splice(0));
  await page.close();
  return { html: gzipSize(html), css: sum('css'), js: sum('js'), onFocus, firstQuery, laterQuery };
}

/* ---------- The report ---------- */

const table = (header, rows) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

function sizeSection(sizes, measuredWith) {
  const rows = sizes.map((s) => [s.label, s.pages, seconds(s.buildSeconds), ms((s.buildSeconds / s.pages) * 1000), kb(s.indexBytes), ms(s.search.first), `${median(s.search.warm).toFixed(1)} ms`, `${p95(s.search.warm).toFixed(1)} ms`]);
  const [first, ...larger] = sizes;
  // The ratio compares the search work, without the box's fixed wait for more keystrokes.
  const searchWork = (site) => median(site.search.warm) - SEARCH_DEBOUNCE_MS;
  const goals = larger.map((s) => `- ${s.label}: zoeken warm mediaan zonder de wachttijd ${(searchWork(s) / searchWork(first)).toFixed(2)}× die van 1x (doel ≤ 2×); build per pagina ${((s.buildSeconds / s.pages) / (first.buildSeconds / first.pages)).toFixed(2)}× die van 1x (doel ≤ 1×: niet sneller dan lineair groeien).`);
  const body = [
    `${measuredWith} Zoektijd: van toetsaanslag tot getoonde resultaten in het zoekveld van de kop, ${QUERIES.length} vaste zoekvragen; dat is inclusief de ${SEARCH_DEBOUNCE_MS} ms die het zoekveld wacht op meer toetsaanslagen.`,
    larger.length
      ? 'Build: voor 1x en 10x de mediaan van de koude builds hieronder (zie Vergeleken met standaard-Starlight), voor 100x één koude build, alle in een tijdelijke kopie zonder git-geschiedenis; het zoeken op 1x is gemeten op de echte site, in deze map gebouwd.'
      : 'Build: één build van de echte site in deze map, met wat zijn caches toen bewaarden (na een codewijziging niets) en met git-geschiedenis.',
    table(['site', 'pagina’s', 'build', 'build per pagina', 'Pagefind-index', 'eerste zoekvraag', 'warm, mediaan', 'warm, p95'], rows),
    goals.join('\n'),
  ];
  return { heading: 'Grootte en snelheid', body: body.filter(Boolean).join('\n\n') };
}

function bytesSection(bytes, measuredWith) {
  const rows = [
    ['begripspagina: HTML', kb(bytes.html)],
    ['begripspagina: CSS', kb(bytes.css)],
    ['begripspagina: JavaScript vóór het zoeken', kb(bytes.js)],
    ['zoeken, bij focus (Pagefind-code, WebAssembly, metadata)', `${kb(bytes.onFocus.served)} (onverpakt ${kb(bytes.onFocus.raw)})`],
    ['zoeken, eerste vraag "ervaringskennis" (indexdelen, resultaatkaarten)', `${kb(bytes.firstQuery.served)} (onverpakt ${kb(bytes.firstQuery.raw)})`],
    ['zoeken, volgende vraag "herstel" (indexdelen, resultaatkaarten)', `${kb(bytes.laterQuery.served)} (onverpakt ${kb(bytes.laterQuery.raw)})`],
  ];
  return { heading: 'Wat een lezer downloadt', body: `${measuredWith}\n\n${table(['wat', 'gzip zoals een server het stuurt'], rows)}` };
}

function lighthouseSection(scores, measuredWith) {
  const rows = scores.map((s) => [s.path, s.performance, s.accessibility, s.bestPractices, s.seo]);
  const failing = scores.flatMap((s) => s.failing.map((audit) => `- ${s.path}: ${audit}`));
  const audits = failing.length ? `Audits die punten kosten:\n${failing.join('\n')}` : 'Geen audit kost punten.';
  return { heading: 'Lighthouse (mobiel, standaardinstellingen)', body: `${measuredWith}\n\n${table(['pagina', 'performance', 'toegankelijkheid', 'best practices', 'SEO'], rows)}\n\n${audits}` };
}

function starlightSection(comparison, measuredWith) {
  const sites = ['ours', 'starlight', 'starlight-unified'];
  const cold = sites.map((site) => sideBySideFigures(comparison, site));
  const warm = sites.map((site) => sideBySideFigures(comparison, site, 'warmTimes'));
  const build = (figures) => (comparison.runs > 1 ? `${seconds(figures.seconds)} (${figures.spread.map((value) => value.toFixed(1)).join('–')})` : seconds(figures.seconds));
  const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
  // Each row: the three sites' figures, then ours against each Starlight.
  const buildRow = (label, figures, size) => [label, ...figures.map((f) => build(f[size])), ...figures.slice(1).map((f) => ratio(figures[0][size].seconds, f[size].seconds))];
  const perPageRow = (label, figures) => [label, ...figures.map((f) => ms(f.perPage)), ...figures.slice(1).map((f) => ratio(figures[0].perPage, f.perPage))];
  const pagesRow = (label, size) => [label, ...cold.map((f) => f[size].pages), '', ''];
  const { starlight, astro, pagefind, markdownRemark } = comparison.versions;
  const rows = [
    pagesRow('pagina’s 1x', 'small'),
    buildRow('koud: build 1x', cold, 'small'),
    pagesRow('pagina’s 10x', 'large'),
    buildRow('koud: build 10x', cold, 'large'),
    perPageRow('koud: per extra pagina, (t10x − t1x) / (pagina’s 10x − pagina’s 1x)', cold),
    buildRow('warm: build 1x', warm, 'small'),
    buildRow('warm: build 10x', warm, 'large'),
    perPageRow('warm: per extra pagina', warm),
  ];
  const body = [
    `${measuredWith} Dezelfde ${comparison.mdx} MDX-pagina's uit \`content/\`, gebouwd door deze site en door Starlight ${starlight} (Astro ${astro}, Pagefind ${pagefind}), op 1x en op 10x (bij 10x krijgen de begrip-, rol-, kerntaak-, praktijk- en visiepagina's elk 9 kopieën met een nieuwe slug en titel en dezelfde tekst, voor alle sites dezelfde). Starlight twee keer: standaard, met Astro's eigen MDX-verwerker Sätteri, en met de verwerker \`unified()\` (\`@astrojs/markdown-remark\` ${markdownRemark}) die onze site gebruikt, zodat te zien is wat die keuze kost en wat onze eigen code kost. Koud: elke build begint zonder caches (\`dist\`, \`.astro\`, \`node_modules/.astro\`, \`.vite\` en \`node_modules/.cache\` weg), zoals een verse kloon. Warm: daarna dezelfde builds met wat de vorige build bewaarde en ongewijzigde inhoud, zoals de volgende build van een auteur (bij ons: gelezen pagina's, gecompileerde MDX en sociale afbeeldingen; bij Starlight: Astro's en Vite's eigen caches). ${comparison.runs > 1 ? `Mediaan van ${comparison.runs} builds, tussen haakjes de snelste en de traagste; de builds wisselden elkaar af (onze 1x, standaard-Starlight 1x, Starlight met unified() 1x, hetzelfde op 10x, en opnieuw).` : 'Eén build per site en grootte: zonder mediaan, dus ruw.'}`,
    table(['', SITE_NAMES.ours, SITE_NAMES.starlight, SITE_NAMES['starlight-unified'], 'ons/standaard', 'ons/unified()'], rows),
    `De machine wordt gedeeld met andere builds: belasting (gemiddelde over 1 minuut) ${comparison.load.map((value) => value.toFixed(1)).join(' bij het begin, ')} aan het eind, op ${cpus().length} cores. Vergelijk verhoudingen, niet losse seconden.`,
    [
      'Wat Starlight anders krijgt, zodat het onze pagina\'s kan bouwen:',
      `- Starlight staat in een tijdelijke map (\`${comparison.install}\`), door \`npm install\` geïnstalleerd en bewaard voor een volgende meting; het is geen afhankelijkheid van dit project.`,
      '- Frontmatter: alleen `title`, en `description` uit onze `summary`; onze andere velden (`kind`, `aliases`, `vragen`, `sources` en de rest) vallen weg.',
      `- Onze componenten (${ourComponents().map((name) => `\`${name}\``).join(', ')}) zijn vervangen door één stub die zijn attributen en inhoud als platte tekst toont; elke pagina importeert ze direct na de frontmatter. Bronvermeldingen, cirkelmodel, checklists en leerroutes kosten Starlight dus niets.`,
      '- Verder alles standaard: alleen de titel en het publieke adres zijn ingesteld; Starlights eigen zijbalk (uit alle pagina\'s), zoeken met Pagefind en Expressive Code; geen sociale links.',
      '- Starlight met unified(): daarbij ook `markdown.processor` op `unified({ gfm: true, smartypants: false })`, zoals in onze `astro.config.mjs`; Starlight voegt zijn eigen remark- en rehype-plugins toe.',
      '- Onze site wordt gebouwd in een kopie van het project zonder git-geschiedenis (zoals 10x en 100x), dus zonder de datums van "laatst bijgewerkt" en `/wijzigingen/`; daarvan afgezien de hele build, met onze zoekindex, sociale afbeeldingen en service worker.',
    ].join('\n'),
  ];
  return { heading: 'Vergeleken met standaard-Starlight', body: body.join('\n\n') };
}

/* ---------- Main ---------- */

const options = readOptions(process.argv.slice(2));
const today = new Date().toISOString().slice(0, 10);
const measuredWith = `Gemeten met \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` op ${today}.`;
const sections = [];

const comparison = options.quick ? undefined : compareWithStarlight(options.runs);
try {
  if (!options.vsStarlight) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] });
    // The real site is built here for its search to be measured. Its time depends on what this
    // folder's caches hold (after a code change: nothing), so with the side-by-side the table
    // takes the cold 1x median from there, like 10x, and the two compare.
    const builtHere = build(root);
    const ours = comparison && sideBySideFigures(comparison, 'ours');
    const sizes = [{ label: '1x (de echte site)', ...(await siteFigures(root, ours ? ours.small.seconds : builtHere, browser)) }];
    const server = await serve(join(root, 'dist'));
    const bytes = await readerBytes(browser, server.origin, join(root, 'dist'));
    const scores = await lighthouseScores(server.origin, ['/', '/begrippen/ervaringskennis/', '/visie/wat-is-ervaringskennis/', '/zoeken/']);
    server.close();
    if (ours) sizes.push({ label: '10x', ...(await siteFigures(ours.dir10, ours.large.seconds, browser)) });
    if (options.large) {
      const dir = ourSite(100);
      sizes.push({ label: '100x', ...(await siteFigures(dir, coldBuild(dir), browser)) });
      rmSync(dir, { recursive: true, force: true });
    }
    await browser.close();
    sections.push(sizeSection(sizes, measuredWith), bytesSection(bytes, measuredWith), lighthouseSection(scores, measuredWith));
  }
  if (comparison) sections.push(starlightSection(comparison, measuredWith));
} finally {
  if (comparison) removeSites(comparison.sites);
}

// Sections this run did not measure stay as they were (replaceSections).
const reportFile = join(root, 'BENCHMARKS.md');
const preamble = `# Benchmarks\n\nMetingen van \`npm run bench\` (\`scripts/bench.mjs\`) op een gedeelde machine met ${cpus().length} cores, headless Chromium ${CHROMIUM}. Elke sectie zegt met welke opdracht en op welke dag ze gemeten is.`;
writeFileSync(reportFile, replaceSections(existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '', preamble, sections));
console.log(sections.map((section) => `## ${section.heading}\n\n${section.body}`).join('\n\n'));
