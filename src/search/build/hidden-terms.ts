import type { ContentModel } from '../../lib/content-model';
import { searchTermsOf } from './search-terms';

/**
 * A page's hidden search terms by its URL as the index has it (`/kennisbank/begrippen/herstel/`
 * under a base path): the words its HTML adds last to its indexed text (HIDDEN_TERMS_ATTRIBUTE,
 * written by PageLayout.astro), which result excerpts and sections must stop before.
 */
export type HiddenTerms = (url: string) => readonly string[] | Promise<readonly string[]>;

/**
 * The terms from where the pages got them: the content model's search terms (src/lib/search-terms.ts),
 * made once per build and shared with the pages. Pages without them (generated pages) have none.
 * Whether the HTML really ends with them is checked when the result files are written.
 */
export function hiddenTermsFromModel(model: ContentModel, base: string): HiddenTerms {
  const prefix = base.replace(/\/$/, '');
  return (url) => {
    const path = url.startsWith(`${prefix}/`) ? url.slice(prefix.length) : url;
    return searchTermsOf(model).get(path)?.terms ?? [];
  };
}
