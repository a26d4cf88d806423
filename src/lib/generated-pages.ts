/**
 * The pages made by routes in `src/pages/` rather than by a content file: one list, read by the
 * content check (which anchors a link may use), the navigation (where they stand in the menu) and
 * the social images (what each page's image says).
 */
import type { ContentModel } from './content-model';
import type { GeneratedPage } from './content-check';
import { glossaryAnchors } from './glossary';
import { KIND_LABELS } from './page-schema';
import type { LinkableTerm } from './rehype-linked-terms';
import { slugify } from './slug';

export { CONCEPT_KINDS, isConceptPage } from './content-model';

export interface SitePage extends GeneratedPage {
  title: string;
  /** What the page's social image says above the title. */
  label: string;
  /** Place in the menu (with the content pages' `order`); pages without one are not in the menu. */
  navOrder?: number;
}

/** Every generated page with its anchors; lesson routes included. */
export function generatedPages(model: Pick<ContentModel, 'pages' | 'sources' | 'glossary' | 'routes'>): SitePage[] {
  const pageTerms = model.pages.filter((page) => page.isConcept).map((page) => page.data.title);
  return [
    { url: '/', title: 'Kennisbank Ervaringskennis', label: 'Ervaringskennis in jeugdhulp en sociaal domein', anchors: ['de-keten'] },
    { url: '/zoeken/', title: 'Zoeken', label: 'Zoeken', anchors: [] },
    { url: '/bronnen/', title: 'Bronnen', label: 'Pagina', navOrder: 92, anchors: [...model.sources.keys()] },
    { url: '/begrippenlijst/', title: 'Begrippenlijst', label: 'Begrippenlijst', navOrder: 91, anchors: glossaryAnchors([...pageTerms, ...model.glossary.map((entry) => entry.term)]) },
    { url: '/begrippen/kaart/', title: 'Begrippenkaart', label: 'Begrip', navOrder: 95, anchors: ['tekstversie'] },
    ...model.routes.map((route) => ({ url: route.url, title: route.data.title, label: 'Leerroute', navOrder: route.data.order, anchors: [] })),
    { url: '/voor-docenten/les/', title: 'Stel een les samen', label: 'Voor docenten', anchors: [] },
    { url: '/wijzigingen/', title: 'Wijzigingen', label: 'Pagina', anchors: [] },
    { url: '/toegankelijkheid/', title: 'Toegankelijkheid', label: 'Pagina', anchors: [] },
  ];
}

/**
 * The terms that text links to (see src/lib/rehype-linked-terms.ts), from the same sources as
 * the begrippenlijst: each concept, role and kerntaak page by its title, and each term of
 * content/data/begrippenlijst.yaml to its entry in the list.
 */
export function linkableTerms(model: Pick<ContentModel, 'pages' | 'glossary'>): LinkableTerm[] {
  return [
    ...model.pages.filter((page) => page.isConcept).map((page) => ({ term: page.data.title, url: page.url })),
    ...model.glossary.map((entry) => ({ term: entry.term, url: `/begrippenlijst/#${slugify(entry.term)}` })),
  ].filter((entry) => entry.term);
}

/** Every page with a social image, and what the image says: the generated pages and the content pages. */
export function sharablePagesOf(model: Pick<ContentModel, 'pages' | 'sources' | 'glossary' | 'routes'>): { path: string; title: string; label: string }[] {
  return [
    ...generatedPages(model).map((page) => ({ path: page.url, title: page.title, label: page.label })),
    ...model.pages.map((page) => ({ path: page.url, title: page.data.title, label: KIND_LABELS[page.data.kind] })),
  ];
}
