/**
 * What a built page makes the browser download before the reader does anything: the scripts and
 * style sheets its HTML references, the modules those scripts import statically, and inline code.
 * Dynamic `import()` (Pagefind, loaded on the first search) is left out on purpose.
 */
import { gzipSync } from 'node:zlib';

export interface PageReferences {
  /** `src` of every `<script src>` and `href` of every `<link rel="modulepreload">`, as written. */
  scripts: string[];
  /** `href` of every `<link rel="stylesheet">`, as written. */
  styles: string[];
  /** The text of inline `<script>` elements (JSON data blocks excluded: the browser does not run them). */
  inlineScripts: string[];
  /** The text of `<style>` elements. */
  inlineStyles: string[];
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((value) => value !== undefined);

export function pageReferences(html: string): PageReferences {
  const refs: PageReferences = { scripts: [], styles: [], inlineScripts: [], inlineStyles: [] };
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attribute(attrs, 'src');
    if (src) refs.scripts.push(src);
    else if (!/json/i.test(attribute(attrs, 'type') ?? '')) refs.inlineScripts.push(body);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) refs.styles.push(href);
    else if (rel.includes('modulepreload')) refs.scripts.push(href);
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) refs.inlineStyles.push(body);
  return refs;
}

/** Specifiers a module imports before it runs (`import … from`, `import "…"`, `export … from`), not `import()`. */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;}\s])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'])([^"']+)\1/g;
  for (const match of js.matchAll(pattern)) found.add(match[2]!);
  return [...found];
}

/** Style sheets a style sheet pulls in with `@import`. */
export function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].map((match) => match[1]!);
}

/** Bytes after gzip at its best level, as a static host that precompresses serves them. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}
