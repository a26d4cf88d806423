/**
 * The site's data, from the content model (src/lib/content-model.ts) read once per build: pages,
 * routes, navigation, backlinks, search terms, the lesson catalogue. Routes and components get
 * their data from here (a page's data is computed once, in src/data/page-data.ts), never by
 * reading or parsing content themselves.
 */
import { buildNavigation, type NavSection } from '../lib/navigation';
import { backlinkIndex } from '../lib/backlinks';
import { loadContentModel } from '../lib/site-files';
import { generatedPages, sharablePagesOf, type SitePage } from '../lib/generated-pages';
import { readingMinutes } from '../lib/reading-time';
import { groupGlossary } from '../lib/glossary';
import { searchTermsOf as siteSearchTerms, type PageSearchTerms } from '../search/build/search-terms';
import type { ContentModel, PageRecord, SourceData } from '../lib/content-model';
import type { LessonCatalogue } from '../lib/lesson-catalogue';

export type PageEntry = PageRecord;

/** Memoizes `make` for the build; in `astro dev` it is made again when the content changed. */
function perModel<T>(make: (model: ContentModel) => T): () => T {
  let made: { model: ContentModel; value: T } | undefined;
  return () => {
    const model = contentModel();
    if (made?.model !== model) made = { model, value: make(model) };
    return made.value;
  };
}

let buildModel: ContentModel | undefined;
/** The content model. Astro builds from the project folder. */
export function contentModel(): ContentModel {
  if (import.meta.env.DEV) return loadContentModel(process.cwd());
  buildModel ??= loadContentModel(process.cwd());
  return buildModel;
}

/** The URL path of a page, without base (`/begrippen/ervaring/`). */
export const pagePath = (page: PageRecord): string => page.url;

export async function allPages(): Promise<PageRecord[]> {
  return contentModel().pages;
}

/** The concept, role and kerntaak pages: the glossary's terms and the concept map's nodes. */
export const conceptPages = (): PageRecord[] => contentModel().pages.filter((page) => page.isConcept);

/** An entry of content/bronnen.yaml; the content check has made sure every cited key exists. */
export function sourceOf(key: string): SourceData {
  const source = contentModel().sources.get(key);
  if (!source) throw new Error(`onbekende bronsleutel "${key}"; verwacht een sleutel uit content/bronnen.yaml`);
  return source;
}

/** The generated pages (src/lib/generated-pages.ts). */
export const sitePages = perModel((model): SitePage[] => generatedPages(model));

export const navigation = perModel((model): NavSection[] =>
  buildNavigation([
    ...model.pages.map((page) => ({ url: page.url, title: page.data.title, order: page.data.order })),
    ...sitePages().flatMap((page) => (page.navOrder === undefined ? [] : [{ url: page.url, title: page.title, order: page.navOrder }])),
  ]),
);

export interface LessonRouteStep {
  page: string;
  question: string;
  title: string;
  summary: string;
  minutes: number;
}
export interface LessonRoute {
  id: string;
  url: string;
  title: string;
  summary: string;
  audience: string;
  order: number;
  steps: LessonRouteStep[];
}

const routeList = perModel((model): LessonRoute[] =>
  model.routes.map((route) => ({
    id: route.id,
    url: route.url,
    title: route.data.title,
    summary: route.data.summary,
    audience: route.data.audience,
    order: route.data.order,
    steps: route.data.steps.map((step) => {
      const page = pageAt(step.page);
      if (!page) throw new Error(`${route.file}: stap ${step.page} is geen pagina van deze site; verwacht het adres van een pagina, zoals /begrippen/ervaring/`);
      return { ...step, title: page.data.title, summary: page.data.summary, minutes: readingMinutes(page.text) };
    }),
  })),
);
/** The lesson routes (content/leerroutes/*.yaml) in order, each step with its page's title, summary and reading time. */
export async function lessonRoutes(): Promise<LessonRoute[]> {
  return routeList();
}

const pagesByUrl = perModel((model) => {
  const byUrl = new Map(model.pages.map((page) => [page.url, page]));
  // An old URL of a renamed page finds the page under its new name.
  for (const page of model.pages) for (const old of page.data.redirectFrom) if (!byUrl.has(old)) byUrl.set(old, page);
  return byUrl;
});
/** The page at a site URL (an anchor is ignored; an old URL finds the renamed page); undefined for generated pages. */
export function pageAt(path: string): PageRecord | undefined {
  return pagesByUrl().get(path.split('#')[0] ?? '');
}
export async function pageByPath(path: string): Promise<PageRecord | undefined> {
  return pageAt(path);
}

const backlinks = perModel((model) => {
  const renamed = new Map(model.pages.flatMap((page) => page.data.redirectFrom.map((old): [string, string] => [old, page.url])));
  return backlinkIndex(model.pages.map((page) => ({ url: page.url, title: page.data.title, links: page.links.map((link) => link.url) })), renamed);
});
/** The pages whose text links to this path ("Hier genoemd"), by title. */
export function backlinksTo(path: string): { url: string; title: string }[] {
  return backlinks().get(path) ?? [];
}

/**
 * Every name a reader might type for a page: titles, aliases and the glossary's own terms. The
 * search box loads this list (as /zoeken/namen.json) only to suggest a page for a typo.
 */
export const pageNames = perModel((model): { name: string; url: string; title: string }[] => {
  const pages = model.pages.flatMap((page) => [page.data.title, ...page.data.aliases].map((name) => ({ name, url: page.url, title: page.data.title })));
  const glossary = groupGlossary(model.glossary.map((entry) => ({ term: entry.term, definition: '' })))
    .flatMap((letter) => letter.terms)
    .map((term) => ({ name: term.term, url: `/begrippenlijst/#${term.id}`, title: 'Begrippenlijst' }));
  return [...pages, ...glossary];
});

/** The compound parts a page is found by (hidden terms) and those of its own names (weighed like aliases). */
export function searchTermsOf(url: string): PageSearchTerms {
  return siteSearchTerms(contentModel()).get(url) ?? { terms: [], nameParts: [] };
}

/**
 * Every page a reader can share, with the title and kind of page its social image shows. The
 * image route makes one PNG for each; a site test checks that every page's og:image exists.
 */
export const sharablePages = perModel((model) => sharablePagesOf(model));

/**
 * Every content page with its summary and sections (h2, h3), grouped as in the menu: what the
 * lesson builder offers, and what a trainer's lesson shows as its steps' titles and summaries.
 */
export const lessonCatalogue = perModel((): LessonCatalogue =>
  navigation().flatMap((section) => {
    const pages = section.pages.flatMap((navPage) => {
      const page = pageAt(navPage.url);
      if (!page || page.url !== navPage.url) return [];
      return [{
        url: page.url,
        title: page.data.title,
        summary: page.data.summary.trim(),
        sections: page.headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => ({ id: h.id, title: h.text.trim(), depth: h.depth })),
      }];
    });
    return pages.length ? [{ title: section.title, pages }] : [];
  }),
);
