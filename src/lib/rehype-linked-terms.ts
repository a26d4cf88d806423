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
const WORD = /[\p{L}\p{N}-]+/gu;
const WORD_CHAR = /[\p{L}\p{N}-]/u;

const key = (text: string) => text.toLocaleLowerCase('nl');
const pathOf = (url: string) => url.replace(/#.*$/, '');

/**
 * The terms by their first word, longest first, with their URLs: a page's text is read once, word
 * by word, and at each word only the terms that begin with it are tried. That keeps linking linear
 * in the length of a page, however many terms the site has.
 */
export interface TermIndex {
  byFirstWord: Map<string, { term: string; url: string }[]>;
}

/** The index of `terms`; undefined when there are none. */
export function termIndex(terms: readonly LinkableTerm[]): TermIndex | undefined {
  const byFirstWord = new Map<string, { term: string; url: string }[]>();
  const seen = new Set<string>();
  for (const entry of terms) {
    const term = key(entry.term.trim());
    const first = term.match(WORD)?.[0];
    // A term must begin with a word (the text is read word by word); each term once, its first URL.
    if (!first || !term.startsWith(first) || seen.has(term)) continue;
    seen.add(term);
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { term, url: entry.url }]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.term.length - a.term.length);
  return byFirstWord.size ? { byFirstWord } : undefined;
}

const indexes = new WeakMap<readonly LinkableTerm[], TermIndex | undefined>();

/** Links the first mention of each term in `tree`, for the page at `pageUrl`. */
export function linkTerms(tree: Root, terms: readonly LinkableTerm[], pageUrl: string): void {
  if (!indexes.has(terms)) indexes.set(terms, termIndex(terms));
  const index = indexes.get(terms);
  if (!index) return;
  const done = new Set<string>();

  const split = (text: Text): ElementContent[] | undefined => {
    const parts: ElementContent[] = [];
    const value = text.value;
    const lower = key(value);
    // Offsets in the lower-case text must be offsets in the text (true for Dutch; not for every script).
    if (lower.length !== value.length) return undefined;
    let last = 0;
    WORD.lastIndex = 0;
    for (let word = WORD.exec(lower); word; word = WORD.exec(lower)) {
      const start = word.index;
      // The longest term that starts here and ends at a word's end.
      const found = index.byFirstWord.get(word[0])?.find(({ term }) => lower.startsWith(term, start) && !WORD_CHAR.test(lower.charAt(start + term.length)));
      if (!found) continue;
      const end = start + found.term.length;
      WORD.lastIndex = end;
      if (done.has(found.url) || pathOf(found.url) === pageUrl) continue;
      done.add(found.url);
      if (start > last) parts.push({ type: 'text', value: value.slice(last, start) });
      parts.push({ type: 'element', tagName: 'a', properties: { href: found.url, className: [TERM_LINK_CLASS] }, children: [{ type: 'text', value: value.slice(start, end) }] });
      last = end;
    }
    if (!parts.length) return undefined;
    if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
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
