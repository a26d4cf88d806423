/**
 * Everything a content page shows besides its MDX text, computed once per page (as Starlight's
 * utils/routing/data.ts does) and handed to the layout, whose components only render what they
 * are given.
 */
import type { MarkdownHeading } from 'astro';
import { backlinksTo, lessonRoutes, navigation, pageAt, searchTermsOf, sourceOf } from './pages';
import { lastUpdatedOf } from './history';
import { citedKeys } from '../lib/citation';
import { routeStepOf, type RouteStepContext } from '../lib/lesson-route';
import { breadcrumbs, previousAndNext, type NavPage, type NavSection } from '../lib/navigation';
import { KIND_LABELS, type PageData } from '../lib/page-schema';
import { LAYOUT_IDS } from '../lib/layout-ids';
import { CONCEPT_KINDS, type PageRecord, type SourceData } from '../lib/content-model';

export interface CitedSource extends SourceData {
  key: string;
}
export interface RelatedPage {
  /** The page's current URL with the anchor `related` names (an old URL is followed). */
  url: string;
  title: string;
  summary?: string;
}
export interface PageRouteStep {
  route: { id: string; url: string; title: string };
  step: RouteStepContext;
}

export interface ContentPageData {
  path: string;
  data: PageData;
  /** The label of the page's kind ("Begrip"), for breadcrumbs and search results. */
  kind: string;
  /** Headings for "Op deze pagina", with "Test jezelf" when the page has one. */
  contents: MarkdownHeading[];
  /** Section titles by anchor, for the self-test's "Lees terug" links. */
  sectionTitles: Map<string, string>;
  sections: NavSection[];
  crumbs: ReturnType<typeof breadcrumbs>;
  previous: NavPage | undefined;
  next: NavPage | undefined;
  /** Sources the page cites (frontmatter, text, self-test), in order of first citation. */
  sources: CitedSource[];
  /** Source documents the page cites: the search filter "bron". */
  sourceDocuments: string[];
  related: RelatedPage[];
  /** "Hier genoemd", on concept pages only. */
  backlinks: { url: string; title: string }[] | undefined;
  routeSteps: PageRouteStep[];
  searchTerms: string[];
  nameParts: string[];
  /** ISO date of the page's last change, when git knows it. */
  updated: string | undefined;
}

/** The data of the content page at `page`. */
export async function contentPageData(page: PageRecord): Promise<ContentPageData> {
  const { data, url: path } = page;
  const sections = navigation();
  const { previous, next } = previousAndNext(sections, path);
  const headings: MarkdownHeading[] = page.headings.filter((h) => h.depth > 1).map((h) => ({ depth: h.depth, slug: h.id, text: h.text }));
  const contents = data.selfTest.length ? [...headings, { depth: 2, slug: LAYOUT_IDS.selfTest, text: 'Test jezelf' }] : headings;
  // "Test jezelf" closes the text: its sources count as the page's.
  const keys = [...new Set([...citedKeys(data.sources, page.citations), ...data.selfTest.flatMap((item) => item.cite.map((cite) => cite.source))])];
  const sources = keys.map((key) => ({ key, ...sourceOf(key) }));
  const routeSteps = (await lessonRoutes()).flatMap((route): PageRouteStep[] => {
    const step = routeStepOf(route, path);
    return step ? [{ route, step }] : [];
  });
  const { terms, nameParts } = searchTermsOf(path);
  return {
    path,
    data,
    kind: KIND_LABELS[data.kind],
    contents,
    sectionTitles: new Map(headings.map((h) => [h.slug, h.text.trim()])),
    sections,
    crumbs: breadcrumbs(sections, path, data.title),
    previous,
    next,
    sources,
    sourceDocuments: sources.filter((source) => source.kind === 'brondocument').map((source) => source.key),
    related: data.related.map((url) => {
      const target = pageAt(url);
      const anchor = url.includes('#') ? `#${url.split('#')[1]}` : '';
      return target ? { url: target.url + anchor, title: target.data.title, summary: target.data.summary } : { url, title: url };
    }),
    backlinks: CONCEPT_KINDS.includes(data.kind) ? backlinksTo(path) : undefined,
    routeSteps,
    searchTerms: terms,
    nameParts,
    updated: lastUpdatedOf(page.file),
  };
}
