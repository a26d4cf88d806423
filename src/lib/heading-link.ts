import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * Options for rehype-autolink-headings: a visible "#" after h2–h4 that links to the section.
 * Screen readers hear what it does; `data-copy-link` lets the page script copy the full URL.
 * Not indexed: search would otherwise take the "#" as part of the heading ("Stigma#").
 */
export const headingLinkOptions = {
  behavior: 'append' as const,
  test: ['h2', 'h3', 'h4'],
  properties: (heading: Element) => ({
    className: ['heading-link'],
    'data-copy-link': '',
    'data-pagefind-ignore': '',
    ariaLabel: `Kopieer de link naar de sectie ${toString(heading)}`,
  }),
  content: (): ElementContent[] => [{ type: 'text', value: '#' }],
};
