/** Reads the content folder from disk: the MDX pages and the source registry. */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parsePage, type ParsedPage } from './content-check';

export function readPages(root: string): ParsedPage[] {
  const contentDir = join(root, 'content');
  return globSync('**/*.{md,mdx}', { cwd: contentDir })
    .filter((file) => !/(^|\/)README\.md$/.test(file))
    .sort()
    .map((file) => parsePage(relative(root, join(contentDir, file)), readFileSync(join(contentDir, file), 'utf8')));
}

export function readSourceKeys(root: string): Set<string> {
  const registry: unknown = parseYaml(readFileSync(join(root, 'content', 'bronnen.yaml'), 'utf8'));
  return new Set(Object.keys(registry ?? {}));
}
