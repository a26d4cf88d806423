// npm run bench: measures the site and writes BENCHMARKS.md. A script, not a timed test: the
// figures go into issue notes, nothing here passes or fails on speed.
//
//   npm run bench              the real site (1x), synthetic sites of 10x and 100x its size, Lighthouse
//   npm run bench -- --quick   the real site only, with Lighthouse
//
// The synthetic sites are copies of the project in a temporary folder whose content pages are
// multiplied (new slugs, titles and aliases, the same text), so they build and search like the
// real thing. The repository's own content/ is never touched.
import { execFileSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
// The tests' static server (a plain static host: index files, 404 page, WebAssembly type); npm
// scripts run on the project's own Node, which loads TypeScript by stripping its types.
import { serve } from '../tests/support/server.ts';
import { SEARCH_DEBOUNCE_MS } from '../src/search/options.ts';
import { gzipSize } from '../src/lib/page-weight.ts';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const quick = process.argv.includes('--quick');
const CHROMIUM = '/usr/bin/chromium';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const QUERIES = ['ervaringskennis', 'pepper', 'herstel', 'zelfonthulling', 'rollen', 'kerntaak', 'stigma', 'jeugdzorg', 'beroepsregister', 'zme', 'cirkelmodel', 'waarden', 'lotgenoten', 'implementatie', 'nabijheid', 'onderzoeker'];

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

/** Everything about one built site: build, index, search. */
async function measureSite(dir, browser) {
  const buildSeconds = build(dir);
  const dist = join(dir, 'dist');
  const pages = globSync('**/*.html', { cwd: dist, exclude: ['pagefind/**'] }).length;
  const indexBytes = globSync('pagefind/**/*', { cwd: dist }).reduce((sum, file) => sum + (statSync(join(dist, file)).isFile() ? statSync(join(dist, file)).size : 0), 0);
  const server = await serve(dist);
  const search = await searchLatency(browser, server.origin);
  server.close();
  return { buildSeconds, pages, indexBytes, search };
}

/** A copy of the project in a temporary folder, with node_modules linked (not its caches). */
function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), 'kennisbank-bench-'));
  const skip = /^(node_modules|dist|coverage|\.git|\.astro)(\/|$)/;
  cpSync(root, dir, { recursive: true, filter: (source) => !skip.test(relative(root, source)) });
  // Each build keeps its own content cache: link every package, not node_modules/.astro or .vite.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!['.astro', '.vite', '.vite-temp', '.vitest-cache'].includes(entry)) symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/** Multiplies the content pages of the copy in `dir`: each page gets `factor - 1` siblings. */
function multiplyContent(dir, factor) {
  const content = join(dir, 'content');
  const pages = globSync('{begrippen,rollen,kerntaken,praktijk,visie}/*.mdx', { cwd: content }).filter((file) => !file.endsWith('index.mdx'));
  for (const file of pages) {
    const text = readFileSync(join(content, file), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    const data = parseYaml(front);
    for (let copy = 2; copy <= factor; copy++) {
      const variant = { ...data, title: `${data.title} (kopie ${copy})`, aliases: (data.aliases ?? []).map((alias) => `${alias} kopie ${copy}`), redirectFrom: [] };
      writeFileSync(join(content, file.replace(/\.mdx$/, `-kopie-${copy}.mdx`)), `---\n${toYaml(variant)}---\n${body}`);
    }
  }
  return globSync('**/*.mdx', { cwd: content }).length;
}

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

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] });
const sizes = [];
sizes.push({ label: '1x (de echte site)', ...(await measureSite(root, browser)) });
const server = await serve(join(root, 'dist'));
const bytes = await readerBytes(browser, server.origin, join(root, 'dist'));
const scores = await lighthouseScores(server.origin, ['/', '/begrippen/ervaringskennis/', '/visie/wat-is-ervaringskennis/', '/zoeken/']);
server.close();
if (!quick) {
  for (const factor of [10, 100]) {
    const dir = copyProject();
    const mdx = multiplyContent(dir, factor);
    console.error(`bench: ${factor}x, ${mdx} MDX-pagina's in ${dir}`);
    sizes.push({ label: `${factor}x`, ...(await measureSite(dir, browser)) });
    rmSync(dir, { recursive: true, force: true });
  }
}
await browser.close();

const ms = (value) => `${value.toFixed(0)} ms`;
const sizeTable = [
  '| site | pagina’s | build | build per pagina | Pagefind-index | eerste zoekvraag | warm, mediaan | warm, p95 |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...sizes.map((s) => `| ${s.label} | ${s.pages} | ${s.buildSeconds.toFixed(1)} s | ${((s.buildSeconds / s.pages) * 1000).toFixed(0)} ms | ${kb(s.indexBytes)} | ${ms(s.search.first)} | ${s.search.warm.length ? median(s.search.warm).toFixed(1) : '-'} ms | ${p95(s.search.warm).toFixed(1)} ms |`),
].join('\n');
const byteRows = [
  ['begripspagina: HTML', kb(bytes.html)],
  ['begripspagina: CSS', kb(bytes.css)],
  ['begripspagina: JavaScript vóór het zoeken', kb(bytes.js)],
  ['zoeken, bij focus (Pagefind-code, WebAssembly, metadata)', `${kb(bytes.onFocus.served)} (onverpakt ${kb(bytes.onFocus.raw)})`],
  ['zoeken, eerste vraag "ervaringskennis" (indexdelen, resultaatkaarten)', `${kb(bytes.firstQuery.served)} (onverpakt ${kb(bytes.firstQuery.raw)})`],
  ['zoeken, volgende vraag "herstel" (indexdelen, resultaatkaarten)', `${kb(bytes.laterQuery.served)} (onverpakt ${kb(bytes.laterQuery.raw)})`],
];
const byteTable = ['| wat | gzip zoals een server het stuurt |', '| --- | --- |', ...byteRows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
const scoreTable = [
  '| pagina | performance | toegankelijkheid | best practices | SEO |',
  '| --- | --- | --- | --- | --- |',
  ...scores.map((s) => `| ${s.path} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`),
].join('\n');
const failing = scores.flatMap((s) => s.failing.map((audit) => `- ${s.path}: ${audit}`));
const first = sizes[0];
// The ratio compares the search work, without the box's fixed wait for more keystrokes.
const searchWork = (site) => median(site.search.warm) - SEARCH_DEBOUNCE_MS;
const goals = sizes.slice(1).map((s) => `- ${s.label}: zoeken warm mediaan zonder de wachttijd ${(searchWork(s) / searchWork(first)).toFixed(2)}× die van 1x (doel ≤ 2×); build per pagina ${((s.buildSeconds / s.pages) / (first.buildSeconds / first.pages)).toFixed(2)}× die van 1x (doel ≤ 1×: niet sneller dan lineair groeien).`);

const report = `# Benchmarks

Gemeten met \`npm run bench${quick ? ' -- --quick' : ''}\` op ${new Date().toISOString().slice(0, 10)} (2 cores, headless Chromium ${CHROMIUM}).
Zoektijd: van toetsaanslag tot getoonde resultaten in het zoekveld van de kop, ${QUERIES.length} vaste zoekvragen; dat is inclusief de ${SEARCH_DEBOUNCE_MS} ms die het zoekveld wacht op meer toetsaanslagen.

## Grootte en snelheid

${sizeTable}

${goals.join('\n')}

## Wat een lezer downloadt

${byteTable}

## Lighthouse (mobiel, standaardinstellingen)

${scoreTable}

${failing.length ? `Audits die punten kosten:\n${failing.join('\n')}` : 'Geen audit kost punten.'}
`;
writeFileSync(join(root, 'BENCHMARKS.md'), report);
console.log(report);
