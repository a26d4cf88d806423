/** Facts about the built site that several test files need. */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const SITE_MAP = resolve(ROOT, '../shared/design/site-map.md');

export function assertBuilt(dist = DIST): void {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: run "npm run build" first (npm test does)`);
}

/** Every page in the build output, as a path without base (`/begrippen/ervaring/`). */
export function builtPages(dist = DIST): string[] {
  return globSync('**/index.html', { cwd: dist })
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}

export interface ContractEntry {
  url: string;
  anchors: string[];
}

/** The URLs and anchors that the design's site map promises (a bullet per URL, anchors in backticks). */
export function siteMapEntries(text = readFileSync(SITE_MAP, 'utf8')): ContractEntry[] {
  const entries: ContractEntry[] = [];
  for (const block of text.split(/\n(?=- `\/)/)) {
    const url = /^- `(\/[^`]*)`/.exec(block.trim())?.[1];
    if (!url) continue;
    const anchors = [...block.matchAll(/`#([a-z0-9-]+)`/g)].map((m) => m[1]!);
    entries.push({ url, anchors });
  }
  return entries;
}

/** The ids in an HTML document. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** The environment of a plain `npm run build`: without the variables Vitest sets for itself
 * (BASE_URL, MODE, NODE_ENV=test ...), which would leak into Astro's own Vite build. */
export function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[key];
  return env;
}

/**
 * The public origin the build in `dist` was made with (SITE_URL), read from its home page's
 * canonical link; undefined for a build without SITE_URL, whose canonical links are paths.
 */
export function builtSiteUrl(dist = DIST): string | undefined {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1] ?? '';
  return /^https?:\/\//.test(canonical) ? new URL(canonical).origin : undefined;
}
