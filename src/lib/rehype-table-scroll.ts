import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Wraps every table in a box that scrolls sideways on its own, so a wide table never makes the
 * page wider than a phone. The box is a named region (a labelled section) that takes keyboard focus (a reader without
 * a mouse or touch can scroll it too); its name lists the first column headings.
 */
export function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: tableLabel(node) },
        children: [node],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}

/** "Tabel: Bron, Ondersteuner, Beleidsbeïnvloeder …": what the table is about, from its header row. */
export function tableLabel(table: Element): string {
  const headers: string[] = [];
  visit(table, 'element', (node) => {
    if (node.tagName === 'th') headers.push(toString(node).trim());
  });
  const named = headers.filter(Boolean);
  if (!named.length) return 'Tabel';
  const shown = named.slice(0, 3).join(', ');
  return `Tabel: ${shown}${named.length > 3 ? ' …' : ''}`;
}
