import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HIDDEN_TERMS_ATTRIBUTE } from '../contract';

/**
 * A page's hidden search terms by its URL (`/begrippen/herstel/`): the words that its HTML adds
 * last to its indexed text (HIDDEN_TERMS_ATTRIBUTE), which result excerpts and sections must stop
 * before. The one input the result files take about them: give pagefindIndex() another source
 * (the content model that makes them) and nothing here needs to read the built HTML.
 */
export type HiddenTerms = (url: string) => readonly string[] | Promise<readonly string[]>;

/**
 * Today's source: the terms read back from each built page (PageLayout.astro writes them), none
 * on pages without them.
 */
export function hiddenTermsFromHtml(site: string): HiddenTerms {
  const attribute = new RegExp(`${HIDDEN_TERMS_ATTRIBUTE}="([^"]*)"`);
  return async (url) => {
    const html = await readFile(join(site, decodeURI(url), url.endsWith('.html') ? '' : 'index.html'), 'utf8');
    return (attribute.exec(html)?.[1] ?? '').split(/\s+/).filter(Boolean);
  };
}
