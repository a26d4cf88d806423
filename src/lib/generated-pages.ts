import type { GeneratedPage, ParsedPage } from './content-check';
import { glossaryAnchors } from './glossary';

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
  ];
}
