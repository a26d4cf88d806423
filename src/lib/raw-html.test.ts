import { resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { describe, expect, it } from 'vitest';
import { rehypeRawHtml, remarkRawHtmlOff } from './raw-html';
import { readContentFiles } from './site-files';

const root = resolve(import.meta.dirname, '../..');
const { pages } = readContentFiles(root);

type Options = NonNullable<Parameters<typeof unified>[0]>;

/** Astro's MDX renderer as the config makes it (unified, GFM, no smartypants), with these plugins. */
async function renderer(remarkPlugins: Options['remarkPlugins'] = [], rehypePlugins: Options['rehypePlugins'] = []) {
  const processor = unified({ gfm: true, smartypants: false, remarkPlugins, rehypePlugins });
  return processor.createMdxRenderer!({ syntaxHighlight: false, gfm: true, smartypants: false }, { optimize: false, srcDir: new URL(`file://${root}/src/`) } as never);
}

async function compile(render: Awaited<ReturnType<typeof renderer>>, file: string, text: string): Promise<string> {
  const astro = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  return ((await render.process(astro.content, resolve(root, file), astro.frontmatter)) as { code: string }).code;
}

describe('raw HTML in the MDX compile', () => {
  it('every page compiles to the same code with Astro’s rehype-raw turned off and ours in its place', async () => {
    const astros = await renderer();
    const ours = await renderer([remarkRawHtmlOff], [rehypeRawHtml]);
    for (const { file, text } of pages) expect(await compile(ours, file, text), file).toBe(await compile(astros, file, text));
    // 86 compiles: a few seconds alone, up to ten times that beside the browser tests in npm test.
  }, 120_000);

  it('is still made into elements when a plugin leaves it in the tree, by our step and not by Astro’s', async () => {
    // A remark plugin that leaves raw HTML, as a future plugin might.
    const addRawHtml = () => (tree: MdastRoot) => {
      tree.children.push({ type: 'html', value: '<b class="rauw">vet</b>' });
    };
    let rawBeforeOurs = false;
    const noticeRaw = () => (tree: HastRoot) => {
      rawBeforeOurs = tree.children.some((node) => node.type === 'raw');
    };
    const ours = await renderer([remarkRawHtmlOff, addRawHtml], [noticeRaw, rehypeRawHtml]);
    const code = await compile(ours, 'content/x.mdx', '# Kop\n\nTekst.\n');
    expect(rawBeforeOurs, 'Astro’s rehype-raw is off: the raw HTML reaches our step').toBe(true);
    expect(code).toMatch(/_components\.b|"b"/);
    expect(code).toContain('rauw');
  });
});
