import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { linkTerms, rehypeLinkedTerms, termIndex, type LinkableTerm } from './rehype-linked-terms';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
/** A compact view of a tree: text as is, links as [text](href), other elements as <tag>…</tag>. */
function show(nodes: (Root | ElementContent)[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'root') return show(node.children as ElementContent[]);
      if (node.type !== 'element') return '';
      if (node.tagName === 'a') return `[${show(node.children)}](${String(node.properties.href)}${node.properties.className ? '' : ' eigen'})`;
      return `<${node.tagName}>${show(node.children)}</${node.tagName}>`;
    })
    .join('');
}

const terms: LinkableTerm[] = [
  { term: 'Ervaring', url: '/begrippen/ervaring/' },
  { term: 'Ervaringskennis', url: '/begrippen/ervaringskennis/' },
  { term: 'Collectieve ervaringskennis', url: '/begrippen/collectieve-ervaringskennis/' },
  { term: 'Herstel', url: '/begrippen/herstel/' },
  { term: 'Co-docent', url: '/begrippenlijst/#co-docent' },
];
const linked = (children: ElementContent[], page = '/praktijk/ontdec/') => {
  const tree: Root = { type: 'root', children };
  linkTerms(tree, terms, page);
  return show([tree]);
};

describe('linked terms', () => {
  it('links the first mention of a term, in any case, and only the first', () => {
    expect(linked([el('p', [text('Herstel kost tijd. Na herstel komt ervaring.')]), el('p', [text('Meer herstel.')])])).toBe(
      '<p>[Herstel](/begrippen/herstel/) kost tijd. Na herstel komt [ervaring](/begrippen/ervaring/).</p><p>Meer herstel.</p>',
    );
  });

  it('matches whole words only: no term inside a compound or a hyphenated word', () => {
    expect(linked([el('p', [text('Ervaringskennis en ervaringsdeskundigheid; ervaring-gericht.')])])).toBe('<p>[Ervaringskennis](/begrippen/ervaringskennis/) en ervaringsdeskundigheid; ervaring-gericht.</p>');
    expect(linked([el('p', [text('Een co-docent helpt.')])])).toBe('<p>Een [co-docent](/begrippenlijst/#co-docent) helpt.</p>');
  });

  it('lets the longest term win where terms overlap', () => {
    expect(linked([el('p', [text('Over collectieve ervaringskennis.')])])).toBe('<p>Over [collectieve ervaringskennis](/begrippen/collectieve-ervaringskennis/).</p>');
  });

  it('never links inside headings, links, code or components', () => {
    const mdxComponent = { type: 'mdxJsxFlowElement', name: 'Cite', attributes: [], children: [el('p', [text('herstel')])] } as unknown as ElementContent;
    const tree = linked([
      el('h2', [text('Herstel')]),
      el('p', [el('a', [text('herstel')], { href: '/elders/' }), text(' '), el('code', [text('herstel')])]),
      mdxComponent,
      el('p', [el('strong', [text('Herstel')])]),
    ]);
    expect(tree).toBe('<h2>Herstel</h2><p>[herstel](/elders/ eigen) <code>herstel</code></p><p><strong>[Herstel](/begrippen/herstel/)</strong></p>');
  });

  it('never links a page to itself', () => {
    expect(linked([el('p', [text('Herstel en ervaring.')])], '/begrippen/herstel/')).toBe('<p>Herstel en [ervaring](/begrippen/ervaring/).</p>');
  });

  it('has nothing to do without terms', () => {
    expect(termIndex([])).toBeUndefined();
    const tree: Root = { type: 'root', children: [el('p', [text('Herstel')])] };
    linkTerms(tree, [], '/');
    expect(show([tree])).toBe('<p>Herstel</p>');
  });
});

describe('rehypeLinkedTerms', () => {
  const plugin = rehypeLinkedTerms({ terms, contentDir: '/site/content' });

  it('knows the page from the file path and skips files outside content/', () => {
    const page: Root = { type: 'root', children: [el('p', [text('Herstel en ervaring.')])] };
    plugin(page, { path: '/site/content/begrippen/herstel.mdx' });
    expect(show([page])).toBe('<p>Herstel en [ervaring](/begrippen/ervaring/).</p>');
    const other: Root = { type: 'root', children: [el('p', [text('Herstel')])] };
    plugin(other, { path: '/site/src/README.md' });
    plugin(other, {});
    expect(show([other])).toBe('<p>Herstel</p>');
  });
});
