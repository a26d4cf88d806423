/**
 * Compiled MDX kept between builds. Compiling a page (remark, our rehype plugins, MDX to
 * JavaScript) is most of what a page costs the build, and most builds compile the same pages as
 * the one before. The markdown processor is wrapped, not changed: a page whose source, file and
 * frontmatter, and whose compiler (`inputs`: the terms the linker links, the base path, the code
 * of the config and the plugins it imports, the compiler's versions) are all as before, gets the JavaScript of last time.
 * Anything else compiles as it always did. Kept in node_modules/.cache, never committed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { writeCacheFile } from './build-cache';

/** What Astro's markdown processors give `createMdxRenderer` (see @astrojs/markdown-remark's processor.js). */
interface MdxRenderer {
  process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<unknown>;
}
interface MarkdownProcessor {
  name: string;
  // Astro's own types for these two arguments are internal to it.
  createMdxRenderer?: (shared: any, mdx: any) => Promise<MdxRenderer>;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The Astro config and every module of the project it imports, directly or not: the plugins and
 * the data they are given. Found by following relative imports, so a new plugin is in it at once.
 */
export function configModules(root: string, entry = 'astro.config.mjs'): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      return;
    }
    for (const match of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = relative(root, resolve(root, dirname(file), match[1]!));
      visit(/\.[cm]?[jt]s$/.test(target) ? target : `${target}.ts`);
    }
  };
  visit(entry);
  return [...seen].sort();
}

/**
 * A key for what the build made from `inputs` with the project's code: `inputs` themselves, the
 * code of the config and every module it imports, and the installed versions of `packages`.
 */
export function codeKey(root: string, inputs: unknown, packages: readonly string[]): string {
  const texts = [...configModules(root), ...packages.map((name) => `node_modules/${name}/package.json`)].map((file) => {
    try {
      return `${file}\n${readFileSync(join(root, file), 'utf8')}`;
    } catch {
      return `${file}\n(ontbreekt)`;
    }
  });
  return hash(JSON.stringify([inputs, texts]));
}

/**
 * A key for everything outside a page that decides its compiled form: `inputs` (data the plugins
 * are given), the code of the config and the modules it imports, and the compiler packages.
 */
export function compilerKey(root: string, inputs: unknown): string {
  return codeKey(root, inputs, ['astro', '@astrojs/mdx', '@astrojs/markdown-remark', '@mdx-js/mdx', 'rehype-autolink-headings', 'remark-gfm', 'rehype-raw']);
}

/** `processor` with a compile cache in `dir` under `key` (see compilerKey). */
export function withCompileCache<P extends MarkdownProcessor>(processor: P, options: { dir: string; key: string }): P {
  const create = processor.createMdxRenderer?.bind(processor);
  if (!create) return processor;
  return {
    ...processor,
    async createMdxRenderer(shared: unknown, mdx: unknown): Promise<MdxRenderer> {
      const renderer = await create(shared, mdx);
      // The options Astro passes (syntax highlighting, MDX settings) are part of the key too.
      const settings = JSON.stringify([shared, mdx], (_, value: unknown) => (typeof value === 'function' ? String(value) : value));
      return {
        async process(content, filePath, frontmatter) {
          const file = join(options.dir, `${hash(JSON.stringify([options.key, settings, filePath, content, frontmatter]))}.json`);
          try {
            return JSON.parse(readFileSync(file, 'utf8')) as unknown;
          } catch {
            const result = await renderer.process(content, filePath, frontmatter);
            try {
              writeCacheFile(file, JSON.stringify(result));
            } catch {
              // A read-only folder only costs the next build its head start.
            }
            return result;
          }
        },
      };
    },
  };
}
