import type { Element, Root } from 'hast';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from './rehype-table-scroll';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, children: Element['children'] = []): Element => ({ type: 'element', tagName, properties: {}, children });
const table = (...headers: string[]) => el('table', [el('thead', [el('tr', headers.map((h) => el('th', h ? [text(h)] : [])))]), el('tbody', [el('tr', [el('td', [text('a')])])])]);
const run = (children: Element[]) => unified().use(rehypeTableScroll).runSync({ type: 'root', children } as Root) as Root;

describe('rehypeTableScroll', () => {
  it('puts each table in a focusable region named after its first headings', () => {
    const tree = run([el('p', [text('Tekst.')]), table('Bron', 'Ondersteuner', 'Onderzoeker', 'Initiator')]);
    expect((tree.children[0] as Element).tagName).toBe('p');
    const wrapper = tree.children[1] as Element;
    expect(wrapper.tagName).toBe('section');
    expect(wrapper.properties).toEqual({ className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Tabel: Bron, Ondersteuner, Onderzoeker …' });
    expect((wrapper.children[0] as Element).tagName).toBe('table');
  });

  it('names a table without header text plainly and wraps it once', () => {
    const tree = run([table('', '')]);
    const wrapper = tree.children[0] as Element;
    expect(wrapper.properties.ariaLabel).toBe('Tabel');
    expect((wrapper.children[0] as Element).tagName).toBe('table');
    expect(wrapper.children).toHaveLength(1);
  });
});
