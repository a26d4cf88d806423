/** Reads the content folder from disk: the MDX pages and the source registry. */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parsePage, parseRouteFile, type ParsedPage } from './content-check';

export function readPages(root: string): ParsedPage[] {
  const contentDir = join(root, 'content');
  return globSync('**/*.{md,mdx}', { cwd: contentDir })
    .filter((file) => !/(^|\/)README\.md$/.test(file))
    .sort()
    .map((file) => parsePage(relative(root, join(contentDir, file)), readFileSync(join(contentDir, file), 'utf8')));
}

/** The lesson routes, as link-only records for the content check. */
export function readRoutes(root: string): ParsedPage[] {
  const dir = join(root, 'content', 'leerroutes');
  return globSync('*.yaml', { cwd: dir }).sort().map((file) => parseRouteFile(relative(root, join(dir, file)), readFileSync(join(dir, file), 'utf8')));
}

export function readSourceKeys(root: string): Set<string> {
  const registry: unknown = parseYaml(readFileSync(join(root, 'content', 'bronnen.yaml'), 'utf8'));
  return new Set(Object.keys(registry ?? {}));
}

/** The terms of content/data/begrippenlijst.yaml (terms without a page of their own). */
export function readGlossaryTerms(root: string): string[] {
  const data = parseYaml(readFileSync(join(root, 'content', 'data', 'begrippenlijst.yaml'), 'utf8')) as { terms?: { term: string }[] | null } | null;
  return (data?.terms ?? []).map((entry) => entry.term);
}
