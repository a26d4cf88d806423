import { resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { mdxDocument, parsePage } from './content-model';
import { ParsedTrees, remarkParsedTrees } from './parsed-trees';
import { readContentFiles } from './site-files';

const root = resolve(import.meta.dirname, '../..');
const { pages } = readContentFiles(root);

/** Astro's MDX renderer as the config makes it (unified, GFM, no smartypants), with `trees` or without. */
async function renderer(trees?: ParsedTrees) {
  const processor = unified({ gfm: true, smartypants: false, remarkPlugins: trees ? [[remarkParsedTrees, trees]] : [] });
  return processor.createMdxRenderer!({ syntaxHighlight: false, gfm: true, smartypants: false }, { optimize: false, srcDir: new URL(`file://${root}/src/`) } as never);
}

describe('a page is parsed once', () => {
  it('the content model parses exactly the text Astro’s MDX compile gets, for every page', () => {
    // The adapter: @astrojs/mdx blanks the frontmatter with spaces. If an upgrade changes that,
    // this fails, and the compile would quietly parse every page again.
    for (const { file, text } of pages) {
      const astro = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
      expect(mdxDocument(text), file).toBe(astro);
    }
  });

  it('the compile takes the kept tree and writes the same code as when it parses itself', async () => {
    const own = await renderer();
    const trees = new ParsedTrees();
    const handed = await renderer(trees);
    for (const { file, text } of pages.filter(({ file }) => /begrippen\/(pepper|ervaringskennis)\.mdx$|rollen\/index\.mdx$/.test(file))) {
      parsePage(file, text, trees.keep);
      expect(trees.size).toBe(1);
      const astro = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
      const path = resolve(root, file);
      const expected = (await own.process(astro.content, path, astro.frontmatter)) as { code: string };
      const got = (await handed.process(astro.content, path, astro.frontmatter)) as { code: string };
      expect(trees.size, file).toBe(0);
      expect(got.code, file).toBe(expected.code);
    }
  });

  it('parses a text it has no tree for, and hands each tree over once', async () => {
    const trees = new ParsedTrees();
    const page = pages.find(({ file }) => file.endsWith('begrippen/pepper.mdx'))!;
    parsePage(page.file, page.text, trees.keep);
    const document = parseFrontmatter(page.text, { frontmatter: 'empty-with-spaces' }).content;
    expect(trees.take(document)?.type).toBe('root');
    expect(trees.take(document)).toBeUndefined();
    // Two pages that differ only in their frontmatter's letters (not its lines) have the same text: each gets a tree.
    parsePage(page.file, page.text, trees.keep);
    parsePage('content/begrippen/pepper-kopie.mdx', page.text.replace('title: PEPPER', 'title: PEPPEX'), trees.keep);
    expect(trees.size).toBe(2);
    expect(trees.take(document)).not.toBe(trees.take(document));
    expect(trees.size).toBe(0);
    const handed = await renderer(trees);
    const compiled = (await handed.process('# Anders\n\nTekst.\n', resolve(root, 'content/x.mdx'), {})) as { code: string };
    expect(compiled.code).toContain('Anders');
  });
});
