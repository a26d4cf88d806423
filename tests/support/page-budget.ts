/** What a built page costs before the reader searches: for the budgets (tests/budgets.test.ts) and the walk in Chromium (tests/gates.test.ts). */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cssImports, gzipSize, pageReferences, staticImports } from '../../src/lib/page-weight';
import { DIST } from './site';

/** Every HTML page in the build output (also 404.html and redirect pages), as a URL path. */
export function htmlPages(): string[] {
  return globSync('**/*.html', { cwd: DIST, exclude: ['pagefind/**'] })
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

export const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

export interface Weight {
  /** Site paths of the files counted (external scripts, modules, style sheets). */
  files: Set<string>;
  js: number;
  css: number;
  html: number;
}

/** What a page costs before the reader searches, following imports from file to file. */
export function weigh(path: string): Weight {
  const html = readFileSync(fileOf(path), 'utf8');
  const refs = pageReferences(html);
  const files = new Set<string>();
  let js = refs.inlineScripts.reduce((sum, code) => sum + gzipSize(code), 0);
  let css = refs.inlineStyles.reduce((sum, code) => sum + gzipSize(code), 0);
  const visit = (ref: string, from: string, kind: 'js' | 'css') => {
    const url = new URL(ref, `http://site${from}`);
    if (url.host !== 'site') throw new Error(`${path} references ${ref} on another origin`);
    if (files.has(url.pathname)) return;
    files.add(url.pathname);
    const file = join(DIST, url.pathname);
    if (!existsSync(file)) throw new Error(`${path} references ${ref}, which is not in the build`);
    const code = readFileSync(file, 'utf8');
    if (kind === 'js') {
      js += gzipSize(code);
      for (const imported of staticImports(code)) visit(imported, url.pathname, 'js');
    } else {
      css += gzipSize(code);
      for (const imported of cssImports(code)) visit(imported, url.pathname, 'css');
    }
  };
  for (const ref of refs.scripts) visit(ref, path, 'js');
  for (const ref of refs.styles) visit(ref, path, 'css');
  return { files, js, css, html: gzipSize(html) };
}
