import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Joins the deploy base (`/kennisbank/`) and a site path (`/begrippen/`) without doubling slashes. */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return base.replace(/\/+$/, '') + path;
}

/** Content links are written as site paths (`/begrippen/pepper/`); this prefixes the deploy base. */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    if (options.base === '/' || options.base === '') return;
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string') node.properties.href = withBase(options.base, href);
    });
  };
}
