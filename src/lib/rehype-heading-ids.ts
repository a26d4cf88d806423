import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { slugify } from './slug';

/** Gives every h2–h6 the site's stable anchor (see `slugify`); the content check guarantees uniqueness. */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const rank = headingRank(node);
      if (rank && rank > 1 && !node.properties.id) node.properties.id = slugify(toString(node));
    });
  };
}
