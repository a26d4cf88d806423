// npm run bench: measures the real site and writes BENCHMARKS.md. A script, not a timed test:
// the figures go into issue notes, nothing here passes or fails on speed.
import { execFileSync } from 'node:child_process';
import { globSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const gz = (file) => gzipSync(readFileSync(file)).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

const started = performance.now();
execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildSeconds = (performance.now() - started) / 1000;

const pages = globSync('**/index.html', { cwd: dist });
const indexBytes = globSync('pagefind/**/*', { cwd: dist }).reduce((sum, f) => sum + (statSync(join(dist, f)).isFile() ? statSync(join(dist, f)).size : 0), 0);

// What a reader downloads for one concept page before searching: HTML plus linked CSS and JS (gzip).
function pageWeight(path) {
  const htmlFile = join(dist, path, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(css|js))"/g)].map((m) => ({ file: join(dist, m[1]), kind: m[2] }));
  const sum = (kind) => assets.filter((a) => a.kind === kind).reduce((s, a) => s + gz(a.file), 0);
  return { html: gz(htmlFile), css: sum('css'), js: sum('js') };
}
const concept = pageWeight('begrippen/ervaringskennis');

// Search latency in headless Chromium, through the real Pagefind index.
const { createServer } = await import('node:http');
const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.endsWith('/')) path += 'index.html';
  try {
    const body = readFileSync(join(dist, path));
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.wasm') ? 'application/wasm' : path.endsWith('.html') ? 'text/html' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage();
let firstSearchBytes = 0;
page.on('response', async (r) => {
  if (r.url().includes('/pagefind/')) firstSearchBytes += (await r.body().catch(() => Buffer.alloc(0))).length;
});
await page.goto(`${origin}/begrippen/ervaringskennis/`);
const queries = ['ervaringskennis', 'pepper', 'herstel', 'zelfonthulling', 'rollen', 'kerntaak', 'stigma', 'jeugdzorg', 'beroepsregister', 'ZME', 'cirkelmodel', 'waarden'];
const timings = await page.evaluate(async (qs) => {
  const pagefind = await import('/pagefind/pagefind.js');
  const measure = async (q) => {
    const t = performance.now();
    const s = await pagefind.search(q);
    await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
    return performance.now() - t;
  };
  const first = await measure(qs[0]);
  const warm = [];
  for (const q of qs) warm.push(await measure(q));
  return { first, warm };
}, queries);
const bytesFirstSearch = firstSearchBytes;
await browser.close();
server.close();

const rows = [
  ['build time (astro build + Pagefind)', `${buildSeconds.toFixed(1)} s`],
  ['pages built', String(pages.length)],
  ['Pagefind index on disk', kb(indexBytes)],
  ['concept page HTML (gzip)', kb(concept.html)],
  ['concept page CSS (gzip)', kb(concept.css)],
  ['concept page JS before searching (gzip)', kb(concept.js)],
  ['bytes fetched for a first search', kb(bytesFirstSearch)],
  ['first query (incl. loading Pagefind)', `${timings.first.toFixed(0)} ms`],
  [`warm queries, median of ${queries.length}`, `${median(timings.warm).toFixed(1)} ms`],
  [`warm queries, 95th percentile`, `${p95(timings.warm).toFixed(1)} ms`],
];
const table = ['| measure | value |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
const report = `# Benchmarks\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (2 cores, headless Chromium).\n\n${table}\n`;
writeFileSync(join(root, 'BENCHMARKS.md'), report);
console.log(report);
