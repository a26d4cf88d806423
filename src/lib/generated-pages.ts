import type { GeneratedPage, ParsedPage } from './content-check';
import { glossaryAnchors } from './glossary';
import type { LinkableTerm } from './rehype-linked-terms';
import { slugify } from './slug';

/** Kinds of page that are terms in the glossary and nodes on the concept map. */
export const CONCEPT_KINDS = ['begrip', 'rol', 'kerntaak'];

export function isConceptPage(page: ParsedPage): boolean {
  return CONCEPT_KINDS.includes(String(page.frontmatter.kind)) && page.url !== '/begrippen/';
}

/**
 * Pages made by routes in `src/pages/` rather than by a content file, with the anchors they
 * offer. The content check needs them to know that a link to `/bronnen/#lejo-2025` will work.
 */
export function generatedPages(sourceKeys: Iterable<string>, pages: ParsedPage[], glossaryTerms: string[], routeIds: string[] = []): GeneratedPage[] {
  const pageTerms = pages.filter(isConceptPage).map((page) => String(page.frontmatter.title ?? ''));
  return [
    { url: '/', anchors: ['de-keten'] },
    { url: '/zoeken/', anchors: [] },
    { url: '/bronnen/', anchors: [...sourceKeys] },
    { url: '/begrippenlijst/', anchors: glossaryAnchors([...pageTerms, ...glossaryTerms]) },
    { url: '/begrippen/kaart/', anchors: ['tekstversie'] },
    ...routeIds.map((id) => ({ url: `/voor-docenten/${id}/`, anchors: [] })),
    { url: '/voor-docenten/les/', anchors: [] },
    { url: '/wijzigingen/', anchors: [] },
    { url: '/toegankelijkheid/', anchors: [] },
  ];
}

/**
 * The terms that text links to (see src/lib/rehype-linked-terms.ts), from the same sources as
 * the begrippenlijst: each concept, role and kerntaak page by its title, and each term of
 * content/data/begrippenlijst.yaml to its entry in the list.
 */
export function linkableTerms(pages: ParsedPage[], glossaryTerms: string[]): LinkableTerm[] {
  return [
    ...pages.filter(isConceptPage).map((page) => ({ term: String(page.frontmatter.title ?? ''), url: page.url })),
    ...glossaryTerms.map((term) => ({ term, url: `/begrippenlijst/#${slugify(term)}` })),
  ].filter((entry) => entry.term);
}
