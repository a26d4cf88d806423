import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilerKey, configModules, withCompileCache } from './mdx-cache';

/** A markdown processor that counts how often it really compiles. */
function countingProcessor() {
  const calls: string[] = [];
  const processor = {
    name: 'unified',
    options: {},
    async createMdxRenderer(_shared: unknown, _mdx: unknown) {
      return {
        async process(content: string, filePath: string, _frontmatter: Record<string, unknown>) {
          calls.push(filePath);
          return { code: `export default ${JSON.stringify(content)}`, map: null, astroMetadata: { scripts: [] } };
        },
      };
    },
  };
  return { processor, calls };
}

describe('the compile cache', () => {
  it('compiles a page once, then gives the same result until the page or the compiler changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
    const { processor, calls } = countingProcessor();
    const renderer = await withCompileCache(processor, { dir, key: 'a' }).createMdxRenderer({}, {});
    const first = await renderer.process('# Tekst', '/p/content/x.mdx', { title: 'X' });
    expect(await renderer.process('# Tekst', '/p/content/x.mdx', { title: 'X' })).toEqual(first);
    expect(calls).toHaveLength(1);
    await renderer.process('# Andere tekst', '/p/content/x.mdx', { title: 'X' });
    await renderer.process('# Tekst', '/p/content/x.mdx', { title: 'Y' });
    await renderer.process('# Tekst', '/p/content/y.mdx', { title: 'X' });
    expect(calls).toHaveLength(4);
    // Another compiler (other terms, another base, changed plugin code) compiles again.
    const other = await withCompileCache(processor, { dir, key: 'b' }).createMdxRenderer({}, {});
    await other.process('# Tekst', '/p/content/x.mdx', { title: 'X' });
    expect(calls).toHaveLength(5);
    expect(readdirSync(dir).every((file) => file.endsWith('.json'))).toBe(true);
  });

  it('keys on the plugins’ inputs and on the code of the config and what it imports', () => {
    const root = resolve(import.meta.dirname, '../..');
    const modules = configModules(root);
    expect(modules).toEqual(expect.arrayContaining(['astro.config.mjs', 'src/lib/rehype-linked-terms.ts', 'src/lib/slug.ts', 'src/lib/heading-link.ts', 'src/lib/mdx-cache.ts']));
    expect(modules).not.toContain('src/lib/benchmark.ts');
    expect(compilerKey(root, { base: '/' })).toBe(compilerKey(root, { base: '/' }));
    expect(compilerKey(root, { base: '/kennisbank/' })).not.toBe(compilerKey(root, { base: '/' }));
  });
});
