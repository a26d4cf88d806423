/** Site navigation from the pages themselves: sections, breadcrumbs and previous/next. */

export interface NavPage {
  url: string;
  title: string;
  order: number;
}
export interface NavSection {
  title: string;
  /** The section's overview page, if it has one. */
  url: string | undefined;
  pages: NavPage[];
}
export interface SectionSpec {
  title: string;
  /** The section's overview URL; pages below it belong to the section. */
  prefix?: string;
  /** Top-level pages that belong to this section too. */
  pages?: string[];
}

/** The sidebar's sections, in reading order. */
export const SECTIONS: SectionSpec[] = [
  { title: 'Begrippen', prefix: '/begrippen/', pages: ['/cirkelmodel/'] },
  { title: 'De vijf rollen', prefix: '/rollen/' },
  { title: 'De vier kerntaken', prefix: '/kerntaken/' },
  { title: 'Het visiedocument', prefix: '/visie/' },
  { title: 'Voor organisaties', pages: ['/professionalisering/', '/implementatie/'] },
  { title: 'Praktijk en onderzoek', prefix: '/praktijk/' },
  { title: 'Voor docenten: leerroutes', prefix: '/voor-docenten/' },
  { title: 'Over de kennisbank', pages: ['/begrippenlijst/', '/bronnen/', '/over/'] },
];

function belongs(spec: SectionSpec, url: string): boolean {
  return (spec.prefix !== undefined && url.startsWith(spec.prefix)) || (spec.pages ?? []).includes(url);
}

export function buildNavigation(pages: NavPage[], specs: SectionSpec[] = SECTIONS): NavSection[] {
  return specs.map((spec) => {
    const members = pages.filter((page) => belongs(spec, page.url));
    const overview = members.find((page) => page.url === spec.prefix);
    const listed = members
      .filter((page) => page !== overview)
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'nl'));
    return { title: spec.title, url: overview?.url, pages: overview ? [overview, ...listed] : listed };
  });
}

export function sectionOf(sections: NavSection[], url: string): NavSection | undefined {
  return sections.find((section) => section.pages.some((page) => page.url === url));
}

/** The neighbours of a page within its section, in sidebar order. */
export function previousAndNext(sections: NavSection[], url: string): { previous?: NavPage | undefined; next?: NavPage | undefined } {
  const pages = sectionOf(sections, url)?.pages ?? [];
  const index = pages.findIndex((page) => page.url === url);
  if (index < 0) return {};
  return { previous: pages[index - 1], next: pages[index + 1] };
}

/** Home › section overview › page (the page itself is the last crumb, without link). */
export function breadcrumbs(sections: NavSection[], url: string, title: string): { title: string; url?: string | undefined }[] {
  const crumbs: { title: string; url?: string | undefined }[] = [{ title: 'Home', url: '/' }];
  const section = sectionOf(sections, url);
  if (section && section.url !== url) crumbs.push({ title: section.title, url: section.url });
  crumbs.push({ title });
  return crumbs;
}
