/**
 * The hidden search terms of every page: the parts of the compounds in its title, aliases,
 * summary and text (src/lib/decompound.ts), so that "kennis" finds "ervaringskennis". Made once
 * for the whole site: one lexicon, and each word split once however many pages use it. The text
 * is what readers see (the content model's `text`), never link addresses or element attributes.
 */
import { compoundTerms, decompound, wordsOf, type Lexicon } from '../../lib/decompound';
import { dutchLexicon } from '../../lib/decompound-dictionary';
import type { ContentModel, PageRecord } from '../../lib/content-model';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeCacheFile } from '../../lib/build-cache';
import { join } from 'node:path';

export interface PageSearchTerms {
  /** Indexed after the page's text, never shown (`data-zoektermen`). */
  terms: string[];
  /** The parts of the page's own names: weighed like its aliases ("onthulling" finds Zelfonthulling). */
  nameParts: string[];
}

/** Every word of the site's own text of four letters or more: the parts a compound may be split into. */
export function siteVocabulary(pages: readonly Pick<PageRecord, 'data' | 'text'>[]): Set<string> {
  return new Set(pages.flatMap((page) => wordsOf(`${page.data.title} ${page.data.summary} ${page.text}`)).filter((word) => word.length >= 4));
}

/** A lexicon that remembers how it split each word (many pages share most of their words). */
function remembering(lexicon: Lexicon): Lexicon & { split(word: string): string[] } {
  const parts = new Map<string, string[]>();
  return {
    ...lexicon,
    split(word) {
      let known = parts.get(word);
      if (!known) parts.set(word, (known = decompound(word, lexicon)));
      return known;
    },
  };
}

/** Search terms by page URL. `fieldNames`: titles, aliases and glossary terms, the field's own words. */
export function pageSearchTerms(pages: readonly Pick<PageRecord, 'url' | 'data' | 'text'>[], fieldNames: readonly string[]): Map<string, PageSearchTerms> {
  const lexicon = remembering(dutchLexicon(fieldNames, siteVocabulary(pages)));
  return new Map(
    pages.map((page) => {
      const names = `${page.data.title} ${page.data.aliases.join(' ')}`;
      return [page.url, { terms: compoundTerms(`${names} ${page.data.summary} ${page.text}`, lexicon), nameParts: compoundTerms(names, lexicon) }];
    }),
  );
}

/** The names a reader might type: titles, aliases and the glossary's terms (the field's own words). */
export function fieldNames(model: Pick<ContentModel, 'pages' | 'glossary'>): string[] {
  return [...model.pages.flatMap((page) => [page.data.title, ...page.data.aliases]), ...model.glossary.map((entry) => entry.term)];
}

// On globalThis, like the model itself: the pages and the search index's build step share one set.
const made = ((globalThis as { __kennisbankSearchTerms?: WeakMap<ContentModel, Map<string, PageSearchTerms>> }).__kennisbankSearchTerms ??= new WeakMap());

/** The search terms of every page of the model, made once per model. */
export function searchTermsOf(model: ContentModel): Map<string, PageSearchTerms> {
  let terms = made.get(model);
  if (!terms) made.set(model, (terms = pageSearchTerms(model.pages, fieldNames(model))));
  return terms;
}

/** The packages that decide how words are split: the word list, its reader and the hyphenation patterns. */
export const LEXICON_PACKAGES = ['@cspell/dict-nl-nl', 'cspell-trie-lib', 'hyphen'];

/**
 * The model's search terms, kept between builds in `dir`: making them reads the Dutch word list
 * (0.3 s) and splits every word of the site, and most builds have the same text as the one before.
 * `codeKey` stands for the code that splits (see codeKey in src/lib/mdx-cache.ts, with
 * LEXICON_PACKAGES); the key adds every page's words that go into its terms. Either way the terms
 * are then the model's, for the pages and the search index alike (searchTermsOf).
 */
export function keepSearchTerms(model: ContentModel, options: { dir: string; codeKey: string }): Map<string, PageSearchTerms> {
  const known = made.get(model);
  if (known) return known;
  const names = fieldNames(model);
  const inputs = [options.codeKey, names, model.pages.map((page) => [page.url, page.data.title, page.data.aliases, page.data.summary, page.text])];
  const file = join(options.dir, `zoektermen-${createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32)}.json`);
  let terms: Map<string, PageSearchTerms>;
  try {
    terms = new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, PageSearchTerms][]);
  } catch {
    terms = pageSearchTerms(model.pages, names);
    try {
      writeCacheFile(file, JSON.stringify([...terms]));
      // Only the newest is ever read again.
      for (const old of readdirSync(options.dir)) if (/^zoektermen-.*\.json$/.test(old) && join(options.dir, old) !== file) rmSync(join(options.dir, old), { force: true });
    } catch {
      // A read-only folder only costs the next build its head start.
    }
  }
  made.set(model, terms);
  return terms;
}
