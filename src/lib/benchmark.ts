/**
 * The pure parts of `npm run bench` (scripts/bench.mjs): how the content is multiplied for the
 * synthetic sites, how a page becomes one that default Starlight builds, the arithmetic of the
 * comparison and how BENCHMARKS.md is updated. The script does the files, installs and builds.
 */
import { parse as parseYaml, stringify as toYaml } from 'yaml';

/** One MDX page of content/: its path inside content/, its frontmatter and its text. */
export interface ContentPage {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

export function parseContentPage(file: string, text: string): ContentPage {
  const match = FRONTMATTER.exec(text);
  const data: unknown = match ? parseYaml(match[1] ?? '') : undefined;
  if (!match || !data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}, regel 1: geen frontmatter met velden gevonden; verwacht een blok tussen twee regels "---" bovenaan`);
  }
  return { file, data: data as Record<string, unknown>, body: match[2] ?? '' };
}

export function contentPageText(page: ContentPage): string {
  return `---\n${toYaml(page.data)}---\n${page.body}`;
}

/** The pages that get copies on the synthetic sites: concepts, roles, tasks, practice and vision, not their overviews. */
export function isMultiplied(file: string): boolean {
  return /^(begrippen|rollen|kerntaken|praktijk|visie)\/[^/]+\.mdx$/.test(file) && !file.endsWith('/index.mdx');
}

/**
 * The content at `factor` times its size: every page, and for each multiplied page `factor - 1`
 * copies with a new slug, title and aliases but the same text, so they build and search like the
 * real thing. No copy takes over an old URL (`redirectFrom` is emptied).
 */
export function scaleContent(pages: ContentPage[], factor: number): ContentPage[] {
  return pages.flatMap((page) => {
    if (!isMultiplied(page.file)) return [page];
    const copies = Array.from({ length: Math.max(0, factor - 1) }, (_, index) => {
      const copy = index + 2;
      const aliases = Array.isArray(page.data['aliases']) ? page.data['aliases'] : [];
      return {
        file: page.file.replace(/\.mdx$/, `-kopie-${copy}.mdx`),
        data: { ...page.data, title: `${String(page.data['title'])} (kopie ${copy})`, aliases: aliases.map((alias) => `${String(alias)} kopie ${copy}`), redirectFrom: [] },
        body: page.body,
      };
    });
    return [page, ...copies];
  });
}

/**
 * The components our pages use without importing them: the ones src/pages/[...slug].astro passes
 * to `<Content components={{ … }} />`. Default Starlight does not have them, so scripts/bench.mjs
 * gives its build stand-ins with these names.
 */
export function passedComponents(pageSource: string, file = 'src/pages/[...slug].astro'): string[] {
  const passed = /<Content\s+components=\{\{([^}]*)\}\}/.exec(pageSource)?.[1];
  const names = (passed ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  if (!names.length || !names.every((name) => /^[A-Z]\w*$/.test(name))) {
    throw new Error(`${file}: verwacht <Content components={{ Naam, Naam }} /> met de componenten van de pagina's; gevonden: ${JSON.stringify(passed ?? null)}`);
  }
  return names;
}

/**
 * A page as default Starlight can build it: its schema knows `title` and `description` (our
 * `summary`); the other fields are ours and left out. The stand-ins for `components` are
 * imported right after the frontmatter, from `stubsModule` (a path relative to the page).
 */
export function starlightPage(page: ContentPage, stubsModule: string, components: string[]): string {
  const { title, summary } = page.data;
  if (typeof title !== 'string') throw new Error(`${page.file}: het veld title ontbreekt of is geen tekst (ontvangen: ${JSON.stringify(title)})`);
  const frontmatter = typeof summary === 'string' ? { title, description: summary.trim() } : { title };
  return `---\n${toYaml(frontmatter)}---\nimport { ${components.join(', ')} } from '${stubsModule}';\n\n${page.body}`;
}

/** The middle value; for an even count the mean of the two middle ones. */
export function median(values: number[]): number {
  if (!values.length) throw new Error('mediaan: geen waarden ontvangen; verwacht minstens één meting');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A site's build at one size: its built HTML pages and the seconds it took. */
export interface BuildFigures {
  pages: number;
  seconds: number;
}

/** What every added page costs, in milliseconds: the growth from `small` to `large`, per added page. */
export function perPageMs(small: BuildFigures, large: BuildFigures): number {
  if (large.pages <= small.pages) throw new Error(`perPageMs: de grote site heeft ${large.pages} pagina's, de kleine ${small.pages}; verwacht meer pagina's in de grote`);
  return ((large.seconds - small.seconds) * 1000) / (large.pages - small.pages);
}

/** A "## heading" section of a Markdown report, the heading without its hashes. */
export interface ReportSection {
  heading: string;
  body: string;
}

/**
 * The report with `sections` in place of the ones with the same heading and `preamble` in place
 * of the text before the first section; other sections stay as they were, new ones go at the end.
 * So a partial bench run (--quick, --vs-starlight) keeps the figures it did not measure.
 */
export function replaceSections(report: string, preamble: string, sections: ReportSection[]): string {
  const [, ...parts] = report.split(/^## /m);
  const existing: ReportSection[] = parts.map((part) => {
    const newline = part.indexOf('\n');
    return newline < 0 ? { heading: part.trim(), body: '' } : { heading: part.slice(0, newline).trim(), body: part.slice(newline + 1).trim() };
  });
  const fresh = new Map(sections.map((section) => [section.heading, section]));
  const kept = existing.map((section) => fresh.get(section.heading) ?? section);
  const added = sections.filter((section) => !existing.some((old) => old.heading === section.heading));
  return `${[preamble.trim(), ...[...kept, ...added].map((section) => `## ${section.heading}\n\n${section.body.trim()}`)].join('\n\n')}\n`;
}
