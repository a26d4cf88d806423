/** The pages a lesson can be made of (`/voor-docenten/les/paginas.json`), grouped as in the menu. */
export interface CatalogueSection {
  id: string;
  title: string;
  depth: number;
}
export interface CataloguePage {
  url: string;
  title: string;
  summary: string;
  sections: CatalogueSection[];
}
export type LessonCatalogue = { title: string; pages: CataloguePage[] }[];

export function cataloguePages(catalogue: LessonCatalogue): Map<string, CataloguePage> {
  return new Map(catalogue.flatMap((group) => group.pages.map((page): [string, CataloguePage] => [page.url, page])));
}

/** How a step is named: the page, and its section when the step is one section. */
export function stepTitle(page: CataloguePage | undefined, section: string): string {
  const title = page?.title ?? 'Onbekende pagina';
  const part = section ? page?.sections.find((s) => s.id === section)?.title : undefined;
  return part ? `${title}: ${part}` : title;
}
