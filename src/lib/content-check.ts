/**
 * The content check: reads every page in `content/` the way the build does and reports, with
 * file and line, everything that would give readers a broken or untrustworthy page: a missing or
 * malformed frontmatter field, a link or `related` URL that points nowhere, an unknown source
 * key, two pages on one URL, two headings with one anchor. It runs before every build and dev
 * start (see `src/integrations/content-check.ts`), so nothing is silently dropped.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import { pageSchema } from './page-schema';
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
  links: ParsedLink[];
  citations: ParsedCitation[];
  /** Problems found while reading the file itself (bad YAML, bad MDX). */
  problems: ContentProblem[];
  /** A data file (a lesson route) that links to pages but is no page itself. */
  isData?: boolean;
}
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

/** A page the site generates from data rather than from an MDX file, with its anchors. */
export interface GeneratedPage {
  url: string;
  anchors: string[];
}

/** Ids the page layout itself uses; a content heading must not take them. */
export const LAYOUT_ANCHORS = ['inhoud', 'op-deze-pagina', 'bronnen-van-deze-pagina', 'zie-ook', 'hier-genoemd', 'citeer-titel', 'zoekveld', 'zoekresultaten', 'test-jezelf'];

/** The frontmatter fields a page may have (src/lib/page-schema.ts), for "unknown field" messages. */
const FRONTMATTER_FIELDS = ['kind', 'title', 'summary', 'aliases', 'related', 'sources', 'audience', 'order', 'redirectFrom', 'selfTest', 'number', 'formalName', 'chapter'];

interface SchemaIssue {
  code: string;
  message: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: unknown[];
  options?: unknown[];
}

/**
 * A schema problem in Dutch, saying what was received and what was expected. Messages the schema
 * writes itself (already Dutch, src/lib/page-schema.ts) pass through unchanged.
 */
export function dutchIssue(issue: SchemaIssue, received: unknown): string {
  const got = received === undefined ? 'niets' : JSON.stringify(received);
  const english = /^(Invalid|Too (small|big)|Expected|Unrecognized|Required)/.test(issue.message);
  if (!english) return issue.message;
  if (issue.code === 'invalid_type') return received === undefined ? 'ontbreekt, maar is verplicht' : `verwacht ${DUTCH_TYPES[issue.expected ?? ''] ?? issue.expected}, kreeg ${got}`;
  if (issue.code === 'too_small') return issue.origin === 'array' ? `verwacht minstens ${issue.minimum} ${issue.minimum === 1 ? 'waarde' : 'waarden'}, kreeg ${got}` : `verwacht minstens ${issue.minimum}${issue.origin === 'string' ? ' tekens' : ''}, kreeg ${got}`;
  if (issue.code === 'too_big') return issue.origin === 'array' ? `verwacht hooguit ${issue.maximum} waarden` : `verwacht hooguit ${issue.maximum}${issue.origin === 'string' ? ' tekens' : ''}, kreeg ${got}`;
  if (issue.code === 'invalid_value' || issue.code === 'invalid_union') {
    const allowed = (issue.values ?? issue.options ?? []).map((v) => JSON.stringify(v)).join(', ');
    return `verwacht een van: ${allowed || '(zie src/lib/page-schema.ts)'}, kreeg ${got}`;
  }
  return `ongeldige waarde ${got} (${issue.message})`;
}
const DUTCH_TYPES: Record<string, string> = { string: 'tekst', number: 'een getal', array: 'een lijst', object: 'een veld met onderdelen', boolean: 'ja of nee (true of false)' }; // cspell:disable-line

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
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

/** Reads one MDX file. `file` is the path relative to the project, starting with `content/`. */
export function parsePage(file: string, text: string): ParsedPage {
  const page: ParsedPage = {
    file,
    url: urlFromContentPath(file.replace(/^content\//, '')),
    frontmatter: {},
    fieldLines: {},
    headings: [],
    aliasAnchors: [],
    links: [],
    citations: [],
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

  const offset = match[0].split('\n').length - 1;
  let tree: Root;
  try {
    tree = mdxParser.parse(text.slice(match[0].length));
  } catch (error) {
    const place = (error as { line?: number }).line ?? 1;
    page.problems.push({ file, line: place + offset, message: `geen geldige MDX: ${(error as Error).message}` });
    return page;
  }
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => (node.position?.start.line ?? 1) + offset;

  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = toString(node);
      page.headings.push({ depth: node.depth, text, id: slugify(text), line: lineOf(node) });
    } else if (node.type === 'link' || node.type === 'definition') {
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
  });
  return page;
}

/** Anchors a page offers: its heading ids and its alias anchors. */
export function anchorsOf(page: ParsedPage): string[] {
  return [...page.headings.filter((h) => h.depth > 1).map((h) => h.id), ...page.aliasAnchors.map((a) => a.id)];
}

/** Checks all pages together: everything that needs to know about more than one file. */
export function checkSite(pages: ParsedPage[], generated: GeneratedPage[], sourceKeys: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = pages.flatMap((page) => page.problems);
  const anchorsByUrl = new Map<string, Set<string>>();
  const ownerOfUrl = new Map<string, string>();
  for (const page of generated) {
    anchorsByUrl.set(page.url, new Set(page.anchors));
    ownerOfUrl.set(page.url, 'een gegenereerde pagina (src/pages)');
  }

  for (const page of pages) {
    if (page.isData) continue;
    const owner = ownerOfUrl.get(page.url);
    if (owner) {
      problems.push({ file: page.file, line: 1, message: `de URL ${page.url} hoort al bij ${owner}; twee pagina's kunnen niet op één URL staan` });
      continue;
    }
    ownerOfUrl.set(page.url, page.file);

    const seen = new Map<string, number>();
    for (const heading of page.headings) {
      if (heading.depth === 1) {
        problems.push({ file: page.file, line: heading.line, message: `kop "# ${heading.text}" op niveau 1: de paginatitel komt uit de frontmatter, begin koppen bij ##` });
        continue;
      }
      if (!heading.id) {
        problems.push({ file: page.file, line: heading.line, message: `kop "${heading.text}" geeft geen anker: gebruik letters of cijfers` });
      }
    }
    for (const anchor of [
      ...page.headings.filter((h) => h.depth > 1 && h.id).map((h) => ({ id: h.id, line: h.line })),
      ...page.aliasAnchors,
    ]) {
      const earlier = seen.get(anchor.id);
      if (LAYOUT_ANCHORS.includes(anchor.id)) {
        problems.push({ file: page.file, line: anchor.line, message: `anker #${anchor.id} is gereserveerd voor de paginaopmaak; kies een andere kop` });
      } else if (earlier !== undefined) {
        problems.push({ file: page.file, line: anchor.line, message: `anker #${anchor.id} staat al op regel ${earlier}; elk anker op een pagina moet uniek zijn` });
      } else seen.set(anchor.id, anchor.line);
    }
    anchorsByUrl.set(page.url, new Set(seen.keys()));
  }

  // Old URLs of renamed pages: they redirect, so a link to one (with an anchor of the new page)
  // still works, but no page may claim one and no two pages may redirect from the same URL.
  for (const page of pages) {
    if (page.isData) continue;
    const redirects = Array.isArray(page.frontmatter.redirectFrom) ? page.frontmatter.redirectFrom : [];
    for (const old of redirects) {
      if (typeof old !== 'string') continue;
      const owner = ownerOfUrl.get(old);
      if (owner) {
        problems.push({ file: page.file, line: page.fieldLines.redirectFrom ?? 2, message: `veld "redirectFrom": ${old} hoort al bij ${owner}; een doorverwijzing kan geen bestaande pagina vervangen` });
        continue;
      }
      ownerOfUrl.set(old, `de doorverwijzing in ${page.file}`);
      anchorsByUrl.set(old, anchorsByUrl.get(page.url) ?? new Set());
    }
  }

  const resolve = (target: string, page: ParsedPage): string | undefined => {
    const [path = '', fragment] = target.split('#');
    const url = path === '' ? page.url : path;
    if (!url.startsWith('/')) return `verwacht een URL van deze site die met / begint (zoals /begrippen/ervaring/), kreeg "${target}"`;
    if (!url.endsWith('/')) return `verwacht een slash aan het eind van ${url} (zoals ${url}/)`;
    const anchors = anchorsByUrl.get(url);
    if (!anchors) return `${url} is geen pagina van deze site`;
    if (fragment !== undefined && !anchors.has(fragment)) {
      const known = [...anchors].slice(0, 12).map((a) => `#${a}`).join(', ');
      return `${url} heeft geen anker #${fragment} (wel: ${known || 'geen ankers'})`;
    }
    return undefined;
  };

  for (const page of pages) {
    const parsed = page.isData ? { success: true as const } : pageSchema.safeParse(page.frontmatter);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // An unknown key is reported on its own line, by name (not as a problem with "kind").
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            problems.push({ file: page.file, line: page.fieldLines[key] ?? 2, message: `veld "${key}": onbekend veld voor een pagina van soort "${String(page.frontmatter.kind)}"; verwacht een van: ${FRONTMATTER_FIELDS.join(', ')}` });
          }
          continue;
        }
        const field = issue.path.map(String).join('.') || 'kind';
        const top = String(issue.path[0] ?? 'kind');
        problems.push({ file: page.file, line: page.fieldLines[top] ?? 2, message: `veld "${field}": ${dutchIssue(issue, page.frontmatter[top])}` });
      }
    }
    const related = Array.isArray(page.frontmatter.related) ? page.frontmatter.related : [];
    for (const target of related) {
      if (typeof target !== 'string') continue;
      const problem = target === page.url ? 'een pagina hoeft niet naar zichzelf te verwijzen' : resolve(target, page);
      if (problem) problems.push({ file: page.file, line: page.fieldLines.related ?? 2, message: `veld "related" (${target}): ${problem}` });
    }
    const sources = Array.isArray(page.frontmatter.sources) ? page.frontmatter.sources : [];
    for (const entry of sources) {
      const key = (entry as { source?: unknown })?.source;
      if (typeof key === 'string' && !sourceKeys.has(key)) {
        problems.push({ file: page.file, line: page.fieldLines.sources ?? 2, message: `veld "sources": onbekende bronsleutel "${key}" (bekend: ${[...sourceKeys].join(', ')})` });
      }
    }
    const selfTest = Array.isArray(page.frontmatter.selfTest) ? page.frontmatter.selfTest : [];
    selfTest.forEach((entry, i) => {
      const section = (entry as { section?: unknown })?.section;
      if (typeof section === 'string' && !anchorsByUrl.get(page.url)?.has(section)) {
        const known = [...(anchorsByUrl.get(page.url) ?? [])].slice(0, 12).map((a) => `#${a}`).join(', ');
        problems.push({ file: page.file, line: page.fieldLines.selfTest ?? 2, message: `veld "selfTest.${i}.section": deze pagina heeft geen anker #${section} (wel: ${known || 'geen ankers'})` });
      }
      for (const cite of Array.isArray((entry as { cite?: unknown })?.cite) ? (entry as { cite: { source?: unknown }[] }).cite : []) {
        if (typeof cite?.source === 'string' && !sourceKeys.has(cite.source)) {
          problems.push({ file: page.file, line: page.fieldLines.selfTest ?? 2, message: `veld "selfTest.${i}.cite": onbekende bronsleutel "${cite.source}" (bekend: ${[...sourceKeys].join(', ')})` });
        }
      }
    });
    for (const link of page.links) {
      if (/^(?:[a-z]+:|\/\/)/i.test(link.url)) continue; // external: mailto:, https:
      const problem = resolve(link.url, page);
      if (problem) problems.push({ file: page.file, line: link.line, message: `link naar "${link.url}" werkt niet: ${problem}` });
    }
    for (const cite of page.citations) {
      if (!cite.source) {
        problems.push({ file: page.file, line: cite.line, message: '<Cite> zonder source: verwacht bijvoorbeeld <Cite source="lejo-2025" at="§2.6" />' });
      } else if (!sourceKeys.has(cite.source)) {
        problems.push({ file: page.file, line: cite.line, message: `<Cite source="${cite.source}">: onbekende bronsleutel (bekend: ${[...sourceKeys].join(', ')})` });
      }
    }
  }
  return problems;
}

/** Reads a lesson route (`content/leerroutes/*.yaml`): its step pages are links that must work. */
export function parseRouteFile(file: string, text: string): ParsedPage {
  const page: ParsedPage = { file, url: '', frontmatter: {}, fieldLines: {}, headings: [], aliasAnchors: [], links: [], citations: [], problems: [], isData: true };
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
