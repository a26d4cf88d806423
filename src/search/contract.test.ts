import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILTERS, FILTER_NAMES, META, NAMES_FILE, VOCABULARY_FILE, filterValue, metaFromAttribute, metaValue } from './contract';

const ROOT = resolve(import.meta.dirname, '../..');
const templates = globSync('src/**/*.astro', { cwd: ROOT }).map((file) => ({ file, source: readFileSync(join(ROOT, file), 'utf8') }));

/**
 * The meta and filter keys a template writes as text: `data-pagefind-meta="title"`,
 * `data-pagefind-meta={`kind:${kind}`}`, `aliases[data-aliases]`. Values built with the
 * contract's helpers (`{metaValue(META.kind, kind)}`) are right by construction and not listed.
 */
function literalKeys(source: string, attribute: 'meta' | 'filter'): string[] {
  const pattern = new RegExp(`data-pagefind-${attribute}=(?:"|\\{\`)([^"\`:[]+)`, 'g');
  return [...source.matchAll(pattern)].map((match) => match[1]!);
}

describe('the search contract', () => {
  it('knows every meta and filter key the templates write', () => {
    const metaKeys = new Set<string>(Object.values(META));
    const filterKeys = new Set<string>(Object.values(FILTERS));
    const unknown = templates.flatMap(({ file, source }) => [
      ...literalKeys(source, 'meta').filter((key) => !metaKeys.has(key)).map((key) => `${file}: data-pagefind-meta "${key}"`),
      ...literalKeys(source, 'filter').filter((key) => !filterKeys.has(key)).map((key) => `${file}: data-pagefind-filter "${key}"`),
    ]);
    expect(unknown).toEqual([]);
  });

  it('is where every template gets its Pagefind names: none spells a meta or filter key out', () => {
    const spelled = templates.filter(({ source }) => literalKeys(source, 'meta').length + literalKeys(source, 'filter').length > 0).map(({ file }) => file);
    expect(spelled).toEqual([]);
    const layout = templates.find(({ file }) => file === 'src/layouts/PageLayout.astro')!.source;
    expect(layout).toContain('HIDDEN_TERMS_ATTRIBUTE');
  });

  it('builds Pagefind values from a key and a value', () => {
    expect(metaValue(META.kind, 'Begrip')).toBe('kind:Begrip');
    expect(filterValue(FILTERS.audience, 'organisaties')).toBe('doelgroep:organisaties');
    expect(metaFromAttribute(META.aliases)).toBe('aliases[data-aliases]');
    expect(FILTER_NAMES).toEqual(['sectie', 'doelgroep', 'bron']);
  });

  it('names files that routes of the site write', () => {
    for (const file of [NAMES_FILE, VOCABULARY_FILE]) expect(existsSync(join(ROOT, 'src/pages', `${file}.ts`)), file).toBe(true);
  });
});

describe('the browser side', () => {
  it("imports only types from the Pagefind adapter (its functions run Pagefind's Node service)", () => {
    const browser = globSync('src/search/{browser/*.ts,*.ts}', { cwd: ROOT }).filter((file) => !file.endsWith('.test.ts') && !file.endsWith('pagefind-adapter.ts'));
    const valueImports = browser.filter((file) => /^import (?!type )[^;]*from '[./]+\/?pagefind-adapter'/m.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(browser.length).toBeGreaterThan(5);
    expect(valueImports).toEqual([]);
  });
});
