import type { Element, Root } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { headingLinkOptions } from './heading-link';
import { rehypeBaseLinks } from './rehype-base-links';
import { rehypeHeadingIds } from './rehype-heading-ids';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({ type: 'element', tagName, properties, children });

/** Runs the site's rehype plugins, in the site's order, over a hand-made tree. */
function run(children: Element[], base = '/'): Root {
  const tree: Root = { type: 'root', children };
  const processor = unified().use(rehypeHeadingIds).use(rehypeAutolinkHeadings, headingLinkOptions).use(rehypeBaseLinks, { base });
  return processor.runSync(tree) as Root;
}

describe('heading ids and heading links', () => {
  it('give h2–h6 the stable slug, keep an id an author set, and leave h1 alone', () => {
    const [h1, h2, h3, h5] = run([
      el('h1', {}, [text('Titel')]),
      el('h2', {}, [text('2.1 Kwaliteitsargumenten')]),
      el('h3', { id: 'eigen' }, [text('Eigen anker')]),
      el('h5', {}, [text('Één stap')]),
    ]).children as Element[];
    expect([h1?.properties.id, h2?.properties.id, h3?.properties.id, h5?.properties.id]).toEqual([undefined, 'kwaliteitsargumenten', 'eigen', 'een-stap']);
  });

  it('append a "#" link with a spoken label to h2–h4 only', () => {
    const [h2, h5] = run([el('h2', {}, [text('Ethisch')]), el('h5', {}, [text('Klein')])]).children as Element[];
    const link = h2?.children.at(-1) as Element;
    expect(link.tagName).toBe('a');
    expect(link.properties).toMatchObject({ href: '#ethisch', className: ['heading-link'], ariaLabel: 'Kopieer de link naar de sectie Ethisch' });
    expect(link.children).toEqual([text('#')]);
    expect(h5?.children).toHaveLength(1);
  });
});

describe('base links', () => {
  it('prefix site links with the base, and leave fragments and other sites alone', () => {
    const links = run(
      [el('p', {}, [el('a', { href: '/begrippen/' }), el('a', { href: '#x' }), el('a', { href: 'https://example.org/' }), el('img', { src: '/x.png' })])],
      '/kennisbank/',
    ).children[0] as Element;
    expect((links.children as Element[]).map((a) => a.properties.href ?? a.properties.src)).toEqual(['/kennisbank/begrippen/', '#x', 'https://example.org/', '/x.png']);
  });

  it('change nothing at the root base', () => {
    const links = run([el('a', { href: '/begrippen/' })]).children[0] as Element;
    expect(links.properties.href).toBe('/begrippen/');
  });
});
