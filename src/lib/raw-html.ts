/**
 * Astro's MDX pipeline runs rehype-raw on every page: it feeds the page's whole HTML tree through
 * an HTML parser (parse5) once more, so that raw HTML a plugin left in the tree becomes elements.
 * An MDX page itself has no raw HTML (MDX reads HTML as JSX), and our plugins write none, so that
 * second parse has next to nothing to do, and costs a few milliseconds a page on a build without
 * caches.
 *
 * So remarkRawHtmlOff turns Astro's rehype-raw off, and rehypeRawHtml runs the same step in the
 * same place, only on a tree that has raw HTML in it; raw HTML a plugin leaves behind still
 * becomes elements. On a tree without it, the HTML parser also tidies a few things, and
 * rehypeRawHtml does only the one our pages need (see mergeAdjacentText). What it leaves alone,
 * and no page has today: footnotes (their `data-footnote-*` attributes would read "" instead of
 * true), a code block that starts with an empty line (the parser drops that line), a footnote in
 * a link's text (the parser splits the nested link). raw-html.test.ts compiles every page both
 * ways and fails on any difference, so a page that brings one of these says so.
 *
 * Astro hands the same plugins to its renderer for `.md` files, where rehype-raw comes last, after
 * our plugins; the site has no `.md` pages (its collection takes only `.mdx` files).
 */
import { nodeTypes } from '@mdx-js/mdx';
import type { Root as HastRoot } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';

/**
 * Remark plugin: turns off Astro's rehype-raw in this processor, the way unified turns off a plugin
 * (`use(plugin, false)`). A remark plugin, because those are set up before any rehype plugin: by
 * the time a rehype plugin of ours is set up, rehype-raw already is.
 */
export function remarkRawHtmlOff(this: Processor): void {
  this.use(rehypeRaw, false);
}

/** A node of the HTML tree, as far as these steps look at it. */
interface TreeNode {
  type: string;
  value?: string;
  children?: TreeNode[];
}

const hasRawHtml = (node: TreeNode): boolean => node.type === 'raw' || (node.children ?? []).some(hasRawHtml);

/**
 * What rehype-raw changes in our pages' trees, which have no raw HTML: the HTML parser reads
 * adjacent text as one, so neighbouring text nodes become one node (two pages have such text).
 * Our later plugins (the glossary linker looks for terms within a text node) see the same tree
 * either way.
 */
function mergeAdjacentText(node: TreeNode): void {
  const children = node.children;
  if (!children) return;
  for (let i = children.length - 1; i > 0; i--) {
    const [before, at] = [children[i - 1]!, children[i]!];
    if (before.type === 'text' && at.type === 'text') {
      before.value = `${before.value ?? ''}${at.value ?? ''}`;
      children.splice(i, 1);
    }
  }
  for (const child of children) mergeAdjacentText(child);
}

/**
 * Rehype plugin, the first of ours: rehype-raw with Astro's options (MDX's own nodes pass through
 * untouched) when the tree has raw HTML; otherwise only what it changes in our pages' trees.
 * Astro runs it right before our rehype plugins, after a step that only touches code blocks (it
 * copies their meta string into a property); so here is the same place.
 */
export function rehypeRawHtml(): (tree: HastRoot, file: VFile) => HastRoot {
  const raw = rehypeRaw({ passThrough: [...nodeTypes] }) as (tree: HastRoot, file: VFile) => HastRoot;
  return (tree, file) => {
    if (hasRawHtml(tree)) return raw(tree, file);
    mergeAdjacentText(tree);
    return tree;
  };
}
