/**
 * The content model: every file in `content/` read once into typed records. Each MDX page is
 * parsed once (remark with MDX and GFM, YAML for its frontmatter) into its frontmatter (checked
 * against the schema), headings with their anchors, links, citations and its visible text; each
 * data file (sources, glossary, circle model, checklist, lesson routes) is parsed once and
 * checked. Everything else reads these records: the content check, the rehype term linker,
 * backlinks, citations, reading time, search terms, routes, the lesson catalogue and the pages
 * themselves. Nothing here touches the disk (src/lib/site-files.ts reads the files).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, parse as parseYaml, type Document } from 'yaml';
import { dutchIssue } from './content-check';
import type { Root, RootContent } from 'mdast';
import { z } from 'astro/zod';
import { cirkelmodelSchema, glossaryEntrySchema, implementatieThemeSchema, lessonRouteSchema, pageSchema, sourceSchema, type CirkelmodelData, type GlossaryEntryData, type ImplementatieTheme, type LessonRouteData, type PageData, type SourceData } from './page-schema';
import { slugify, urlFromContentPath } from './slug';

export interface Located {
  line: number;
}
export interface ParsedHeading extends Located {
  depth: number;
  text: string;
  id: string;
}
export interface ParsedLink extends Located {
  url: string;
}
export interface ParsedCitation extends Located {
  source: string | undefined;
  at: string | undefined;
}
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

/** One content page as the build knows it, from one reading of its MDX file. */
export interface ParsedPage {
  /** Path shown in error messages, e.g. `content/begrippen/ervaring.mdx`. */
  file: string;
  url: string;
  frontmatter: Record<string, unknown>;
  /** Line of each top-level frontmatter field, for error messages. */
  fieldLines: Record<string, number>;
  headings: ParsedHeading[];
  /** Extra anchors declared with `<Anchor id="..." />` (old ids kept alive). */
  aliasAnchors: (Located & { id: string })[];
  /** Markdown links, definitions and `<a href>`, in document order. */
  links: ParsedLink[];
  /** `<Cite>` elements, in document order. */
  citations: ParsedCitation[];
  /**
   * The words a reader sees in the page's body: text of paragraphs, headings, lists, tables and
   * elements, without link addresses, element attributes, code of expressions or imports.
   */
  text: string;
  /** Problems found while reading the file itself (bad YAML, bad MDX). */
  problems: ContentProblem[];
  /** A data file (a lesson route) that links to pages but is no page itself. */
  isData?: boolean;
}

/** A page whose frontmatter passed the schema: what the site renders. */
export interface PageRecord extends ParsedPage {
  data: PageData;
  /** A begrip, rol or kerntaak page (not the /begrippen/ overview): a glossary term and a map node. */
  isConcept: boolean;
}

export interface RouteRecord {
  id: string;
  file: string;
  url: string;
  data: LessonRouteData;
}

export interface GlossaryRecord extends GlossaryEntryData {
  id: string;
}

/** The whole content folder, read once. */
export interface ContentModel {
  /** Pages whose frontmatter is valid, in URL order. */
  pages: PageRecord[];
  /** Every MDX file read, valid or not, and each lesson route as a link-only record: what the content check checks. */
  parsed: ParsedPage[];
  routes: RouteRecord[];
  /** The source registry by key, in key order. */
  sources: Map<string, SourceData>;
  glossary: GlossaryRecord[];
  cirkelmodel: CirkelmodelData | undefined;
  implementatie: ImplementatieTheme[];
  /** Problems in the data files (the pages' own problems are in `parsed`). */
  problems: ContentProblem[];
}

/** The text of every file the model reads, by path relative to the project (`content/...`). */
export interface ContentFiles {
  pages: { file: string; text: string }[];
  routes: { file: string; text: string }[];
  sources: { file: string; text: string };
  glossary: { file: string; text: string };
  cirkelmodel: { file: string; text: string };
  implementatie: { file: string; text: string };
}

/** Kinds of page that are terms in the glossary and nodes on the concept map. */
export const CONCEPT_KINDS: readonly string[] = ['begrip', 'rol', 'kerntaak'];

export function isConceptPage(page: Pick<ParsedPage, 'frontmatter' | 'url'>): boolean {
  return CONCEPT_KINDS.includes(String(page.frontmatter.kind)) && page.url !== '/begrippen/';
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function attribute(node: { attributes?: unknown[] }, name: string): string | undefined {
  for (const attr of node.attributes ?? []) {
    const a = attr as { type: string; name?: string; value?: unknown };
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return undefined;
}

/** Nodes whose content is no text a reader sees: imports, expressions, code of components. */
const NOT_TEXT = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml', 'definition']);
/** Nodes after which words must not run together ("kop" + "tekst" is not "koptekst"). */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'code', 'mdxJsxFlowElement', 'break']);

/**
 * The text Astro's MDX compile gets for a page: the frontmatter block blanked out with spaces,
 * line breaks kept (@astrojs/mdx, "empty-with-spaces"), so that positions are the file's own.
 * The content model parses this same text, and the compile takes that tree (src/lib/parsed-trees.ts).
 */
export function mdxDocument(text: string, match = FRONTMATTER.exec(text)): string {
  if (!match) return text;
  const fenced = match[0].replace(/\r?\n$/, '').length;
  return text.slice(0, fenced).replace(/[^\r\n]/g, ' ') + text.slice(fenced);
}

/**
 * Reads one MDX file. `file` is the path relative to the project, starting with `content/`.
 * `keepTree` gets the parsed tree with the text it was parsed from, for the MDX compile.
 */
export function parsePage(file: string, text: string, keepTree?: (document: string, tree: Root) => void): ParsedPage {
  const page: ParsedPage = {
    file,
    url: urlFromContentPath(file.replace(/^content\//, '')),
    frontmatter: {},
    fieldLines: {},
    headings: [],
    aliasAnchors: [],
    links: [],
    citations: [],
    text: '',
    problems: [],
  };
  const match = FRONTMATTER.exec(text);
  if (!match) {
    page.problems.push({ file, line: 1, message: 'geen frontmatter: verwacht een blok tussen twee regels "---" bovenaan' });
    return page;
  }
  const yamlText = match[1] ?? '';
  yamlText.split(/\r?\n/).forEach((lineText, index) => {
    const field = /^([A-Za-z][\w-]*):/.exec(lineText);
    if (field?.[1]) page.fieldLines[field[1]] = index + 2;
  });
  try {
    const data: unknown = parseYaml(yamlText);
    if (data && typeof data === 'object' && !Array.isArray(data)) page.frontmatter = data as Record<string, unknown>;
    else page.problems.push({ file, line: 2, message: 'frontmatter is geen lijst van velden (verwacht: veld: waarde)' });
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0;
    page.problems.push({ file, line: line + 1, message: `frontmatter is geen geldige YAML: ${(error as Error).message.split('\n')[0]}` });
  }

  const document = mdxDocument(text, match);
  let tree: Root;
  try {
    tree = mdxParser.parse(document);
  } catch (error) {
    page.problems.push({ file, line: (error as { line?: number }).line ?? 1, message: `geen geldige MDX: ${(error as Error).message}` });
    return page;
  }
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? 1;

  // One walk over the tree for everything: headings, links, citations, anchors and the text.
  const words: string[] = [];
  const walk = (node: Root | RootContent): void => {
    if (NOT_TEXT.has(node.type)) {
      if (node.type === 'definition') page.links.push({ url: node.url, line: lineOf(node) });
      return;
    }
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      words.push(node.value);
      if (node.type === 'code') words.push('\n');
      return;
    }
    if (node.type === 'heading') {
      const headingText = toString(node);
      page.headings.push({ depth: node.depth, text: headingText, id: slugify(headingText), line: lineOf(node) });
    } else if (node.type === 'link') {
      page.links.push({ url: node.url, line: lineOf(node) });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'Cite') {
        page.citations.push({ source: attribute(node, 'source'), at: attribute(node, 'at'), line: lineOf(node) });
      } else if (node.name === 'Anchor') {
        const id = attribute(node, 'id');
        if (id) page.aliasAnchors.push({ id, line: lineOf(node) });
      } else if (node.name === 'a') {
        const href = attribute(node, 'href');
        if (href) page.links.push({ url: href, line: lineOf(node) });
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
    if (BLOCKS.has(node.type)) words.push('\n');
  };
  walk(tree);
  page.text = words.join('').replace(/[ \t]*\n[\s]*/g, '\n').trim();
  keepTree?.(document, tree);
  return page;
}

/** Reads a lesson route (`content/leerroutes/*.yaml`) for the content check: its step pages are links that must work. */
export function parseRouteFile(file: string, text: string): ParsedPage {
  const page: ParsedPage = { file, url: '', frontmatter: {}, fieldLines: {}, headings: [], aliasAnchors: [], links: [], citations: [], text: '', problems: [], isData: true };
  text.split(/\r?\n/).forEach((line, index) => {
    const step = /^\s*-?\s*page:\s*["']?([^"'\s#]+(?:#[^"'\s]+)?)/.exec(line);
    if (step?.[1]) page.links.push({ url: step[1], line: index + 1 });
  });
  try {
    parseYaml(text);
  } catch (error) {
    page.problems.push({ file, line: 1, message: `geen geldige YAML: ${(error as Error).message.split('\n')[0]}` });
  }
  return page;
}

/** A data file read and checked against its schema; problems name the file, the line and the field. */
export function readDataFile<T>(file: string, text: string, schema: z.ZodType<T>, problems: ContentProblem[]): T | undefined {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  if (document.errors.length) {
    const error = document.errors[0]!;
    problems.push({ file, line: error.linePos?.[0]?.line ?? 1, message: `geen geldige YAML: ${error.message.split('\n')[0]}` });
    return undefined;
  }
  const parsed = schema.safeParse(document.toJS());
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || '(het hele bestand)';
    const value = issue.path.length ? document.getIn(issue.path as (string | number)[]) : undefined;
    const message = issue.code === 'invalid_key' ? `ongeldige sleutel; ${(issue as { issues?: { message: string }[] }).issues?.[0]?.message ?? 'verwacht kleine letters, cijfers en streepjes'}` : dutchIssue(issue as Parameters<typeof dutchIssue>[0], value);
    problems.push({ file, line: lineOfPath(document, lines, issue.path as (string | number)[]), message: `veld "${field}": ${message}` });
  }
  return undefined;
}

/** The line of the deepest part of `path` that the file has: a key's own line, else its collection's. */
function lineOfPath(document: Document, lines: LineCounter, path: (string | number)[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = document.getIn(path.slice(0, depth - 1), true);
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lines.linePos(range[0]).line;
    } else if (isSeq(parent) && typeof key === 'number') {
      const range = (parent.items[key] as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lines.linePos(range[0]).line;
    }
  }
  return 1;
}

/**
 * Reads every content file into the model; nothing is dropped silently: what fails the schema is a
 * problem. `parse` may give a page read by an earlier build (src/lib/site-files.ts keeps them).
 */
export function buildContentModel(files: ContentFiles, parse: (file: string, text: string) => ParsedPage = parsePage): ContentModel {
  const problems: ContentProblem[] = [];
  const parsedPages = files.pages.map(({ file, text }) => parse(file, text));
  const pages = parsedPages.flatMap((page): PageRecord[] => {
    if (page.problems.length) return [];
    const data = pageSchema.safeParse(page.frontmatter);
    // The content check reports schema problems with lines and fields (src/lib/content-check.ts).
    return data.success ? [{ ...page, data: data.data, isConcept: isConceptPage(page) }] : [];
  });
  // In URL order, as lists without an order of their own have always shown them.
  pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

  const routeFiles = files.routes.map(({ file, text }) => parseRouteFile(file, text));
  const routes = files.routes
    .flatMap(({ file, text }): RouteRecord[] => {
      const data = readDataFile(file, text, lessonRouteSchema, problems);
      const id = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
      return data ? [{ id, file, url: `/voor-docenten/${id}/`, data }] : [];
    })
    .sort((a, b) => a.data.order - b.data.order);

  const registry = readDataFile(files.sources.file, files.sources.text, sourceRegistrySchema, problems) ?? {};
  const glossaryData = readDataFile(files.glossary.file, files.glossary.text, glossaryFileSchema, problems);
  const glossary = (glossaryData?.terms ?? []).map((entry) => ({ id: slugify(entry.term), ...entry }));
  const cirkelmodel = readDataFile(files.cirkelmodel.file, files.cirkelmodel.text, cirkelmodelSchema, problems);
  const implementatie = readDataFile(files.implementatie.file, files.implementatie.text, implementatieFileSchema, problems)?.themes ?? [];

  return { pages, parsed: [...parsedPages, ...routeFiles], routes, sources: new Map(Object.entries(registry).sort(([a], [b]) => a.localeCompare(b))), glossary, cirkelmodel, implementatie, problems };
}

// The shape of each data file as a whole; the schemas of their entries live in page-schema.ts.
const sourceRegistrySchema = z.record(z.string().regex(/^[a-z0-9-]+$/, { message: 'verwacht een bronsleutel van kleine letters, cijfers en streepjes' }), sourceSchema);
const glossaryFileSchema = z.strictObject({ terms: z.array(glossaryEntrySchema).nullable().default([]) });
const implementatieFileSchema = z.strictObject({ themes: z.array(implementatieThemeSchema).min(1) });

export type { PageData, SourceData, CirkelmodelData, ImplementatieTheme, LessonRouteData, GlossaryEntryData };
