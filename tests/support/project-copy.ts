/**
 * A copy of the project in a temporary folder, for the tests that build the site another way (under
 * a sub-path, with a broken page, with a git history of their own). Such tests run side by side.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BUILD_CACHE } from '../../src/lib/build-cache';
import { buildEnv, ROOT } from './site';

/** What a build reads; .gitignore too, so that a copy made into a git repository leaves node_modules out. */
const SOURCES = ['astro.config.mjs', 'package.json', 'tsconfig.json', '.gitignore', 'src', 'public', 'content'];
/** Caches that Astro and Vite write below node_modules/, which every copy keeps for itself. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);
/**
 * Copies the project's sources into a new temporary folder and returns its path. Its node_modules/
 * links to the project's packages one by one, leaving out the caches: Astro keeps its content data
 * store in node_modules/.astro/, and two copies building at the same time must not share one.
 */
export function copyProject(name: string): string {
  const project = mkdtempSync(join(tmpdir(), `kennisbank-${name}-`));
  for (const item of SOURCES) cpSync(join(ROOT, item), join(project, item), { recursive: true });
  mkdirSync(join(project, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!OWN_CACHES.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(project, 'node_modules', entry));
  }
  // The project's own build caches (src/lib/build-cache.ts), each keyed by everything that decides
  // what it holds (the base path too, for compiled MDX): a copy starts from a copy of them, as a
  // second build of the project does, and makes anew only what its changes touch. A copy, not a
  // link: copies that build at the same time write their own.
  if (existsSync(join(ROOT, BUILD_CACHE))) cpSync(join(ROOT, BUILD_CACHE), join(project, BUILD_CACHE), { recursive: true });
  return project;
}

/** `astro build` in a copy, as `npm run build` runs it; rejects with stdout and stderr when the build fails. */
export function buildCopy(project: string, env: NodeJS.ProcessEnv = buildEnv()): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, env });
}
