/**
 * Linked terms: the first mention of a glossary term in a page's text links to the term's page
 * (concepts, roles, kerntaken) or to its entry in the begrippenlijst. Whole words only, so
 * "ervaring" does not link inside "ervaringskennis"; the longest term wins ("collectieve
 * ervaringskennis" before "ervaringskennis"); never in headings, links, code or components;
 * never to the page itself; once per term per page. Authors' own links are left as they are
 * and are what "Hier genoemd" counts (src/lib/backlinks.ts reads the MDX, not this output).
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { relative } from 'node:path';
import { urlFromContentPath } from './slug';

export interface LinkableTerm {
  /** The term as it is written in the glossary. */
  term: string;
  /** Site URL it links to (`/begrippen/herstel/` or `/begrippenlijst/#behandeltrouw`). */
  url: string;
}

export interface LinkedTermsOptions {
  terms: readonly LinkableTerm[];
  /** The content folder, to know which page a file is (its URL): `…/content`. */
  contentDir: string;
}

/** Class of a generated link, so the site can style it more quietly than an author's link. */
export const TERM_LINK_CLASS = 'term-link';

/** Elements whose text is never linked: headings, links, code, and what is not running text. */
const SKIPPED = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'button', 'figcaption', 'nav']);
/** Letters, digits and hyphens join a word: a term must stand alone. */
const WORD = '[\\p{L}\\p{N}-]';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const key = (text: string) => text.toLocaleLowerCase('nl');
const pathOf = (url: string) => url.replace(/#.*$/, '');

/** One regular expression for all terms, longest first, matching whole words in any case. */
export function termPattern(terms: readonly LinkableTerm[]): RegExp | undefined {
  const names = [...new Set(terms.map((term) => term.term.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  return names.length ? new RegExp(`(?<!${WORD})(?:${names.map(escape).join('|')})(?!${WORD})`, 'giu') : undefined;
}

/** Links the first mention of each term in `tree`, for the page at `pageUrl`. */
export function linkTerms(tree: Root, terms: readonly LinkableTerm[], pageUrl: string): void {
  const pattern = termPattern(terms);
  if (!pattern) return;
  const urlOf = new Map(terms.map((term) => [key(term.term.trim()), term.url]));
  const done = new Set<string>();

  const split = (text: Text): ElementContent[] | undefined => {
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of text.value.matchAll(pattern)) {
      const url = urlOf.get(key(match[0]));
      if (!url || done.has(url) || pathOf(url) === pageUrl) continue;
      done.add(url);
      const start = match.index;
      if (start > last) parts.push({ type: 'text', value: text.value.slice(last, start) });
      parts.push({ type: 'element', tagName: 'a', properties: { href: url, className: [TERM_LINK_CLASS] }, children: [{ type: 'text', value: match[0] }] });
      last = start + match[0].length;
    }
    if (!parts.length) return undefined;
    if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
    return parts;
  };

  const walk = (parent: Root | Element): void => {
    const children: RootContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        children.push(...(split(child) ?? [child]));
        continue;
      }
      if (child.type === 'element' && !SKIPPED.has(child.tagName)) walk(child);
      // MDX components (mdxJsx*) render their own markup: their text is theirs.
      children.push(child);
    }
    parent.children = children as typeof parent.children;
  };
  walk(tree);
}

/** The rehype plugin: links terms in every page of `content/`, leaves other files alone. */
export function rehypeLinkedTerms(options: LinkedTermsOptions) {
  return (tree: Root, file: { path?: string }) => {
    if (!file.path) return;
    const path = relative(options.contentDir, file.path);
    if (path.startsWith('..')) return;
    linkTerms(tree, options.terms, urlFromContentPath(path));
  };
}
