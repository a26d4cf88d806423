/**
 * The content check: takes every page of the content model (src/lib/content-model.ts) and reports, with
 * file and line, everything that would give readers a broken or untrustworthy page: a missing or
 * malformed frontmatter field, a link or `related` URL that points nowhere, an unknown source
 * key, two pages on one URL, two headings with one anchor. It runs before every build and dev
 * start (see `src/integrations/content-check.ts`), so nothing is silently dropped.
 */
import { pageSchema } from './page-schema';
import { reservedIds } from './layout-ids';
import type { ContentProblem, ParsedPage } from './content-model';

export type { ContentProblem, Located, ParsedCitation, ParsedHeading, ParsedLink, ParsedPage } from './content-model';

/** A page the site generates from data rather than from an MDX file, with its anchors. */
export interface GeneratedPage {
  url: string;
  anchors: string[];
}

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

/** Anchors a page offers: its heading ids and its alias anchors. */
export function anchorsOf(page: ParsedPage): string[] {
  return [...page.headings.filter((h) => h.depth > 1).map((h) => h.id), ...page.aliasAnchors.map((a) => a.id)];
}

/** Checks all pages together: everything that needs to know about more than one file. */
export function checkSite(pages: ParsedPage[], generated: GeneratedPage[], sourceKeys: Set<string>, reserved: ReadonlySet<string> = reservedIds()): ContentProblem[] {
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
      if (reserved.has(anchor.id)) {
        problems.push({ file: page.file, line: anchor.line, message: `anker #${anchor.id} is gereserveerd voor de paginaopmaak (src/lib/layout-ids.ts); kies een andere kop` });
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
