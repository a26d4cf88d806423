/**
 * What the site relies on of Pagefind, checked on the installed Pagefind: a tiny site of two pages
 * is indexed with Pagefind's Node API, read back through the adapter, and searched with
 * Pagefind's own browser code. A Pagefind upgrade that changes any of it fails here, with the
 * field that changed, before it can quietly change what the search box shows.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXCLUDED_SELECTORS, FILTERS, HIDDEN_TERMS_ATTRIBUTE, INDEX_LANGUAGE, LIST_SEPARATOR, META, filterValue, metaFromAttribute, metaValue } from './contract';
import { SEARCH_OPTIONS } from './options';
import { PAGEFIND_VERSION, buildIndex, decodeFragmentFile, readFragments, type PagefindApi, type PagefindFragment, type PagefindService } from './pagefind-adapter';
import { fragmentWords } from './result-cards';

/** A page marked up as PageLayout.astro marks its pages, with the contract's names. */
function page(title: string, text: string, aliases: string[], hiddenTerms: string[]): string {
  return `<!doctype html><html lang="nl"><head><title>${title}</title></head><body><nav>Menu</nav>
<article data-pagefind-body data-pagefind-meta="${metaValue(META.kind, 'Begrip')}" data-pagefind-filter="${filterValue(FILTERS.section, 'Begrip')}">
<h1 data-pagefind-meta="${META.title}">${title}</h1>
<p>${text} <span class="cite">(LEJO, 2025, §2.6)</span> Daarna.</p>
${aliases.length ? `<span hidden data-pagefind-meta="${metaFromAttribute(META.aliases)}" data-${META.aliases}="${aliases.join(LIST_SEPARATOR)}"></span>` : ''}
<h2 id="in-de-praktijk">In de praktijk</h2>
<p>Herstel gaat niet vanzelf.</p>
<span hidden data-pagefind-index-attrs="${HIDDEN_TERMS_ATTRIBUTE}" ${HIDDEN_TERMS_ATTRIBUTE}="${hiddenTerms.join(' ')}"></span>
</article></body></html>`;
}

let site: string;
let output: string;
let fragments: Map<string, PagefindFragment>;
const byUrl = (url: string) => [...fragments].find(([, fragment]) => fragment.url === url)!;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'kennisbank-pagefind-'));
  output = join(site, 'pagefind');
  for (const [path, html] of [
    ['begrippen/zelfonthulling/index.html', page('Zelfonthulling', 'Iets over jezelf   vertellen.', ['self-disclosure', 'openheid'], ['onthulling', 'zelf'])],
    ['begrippen/herstel/index.html', page('Herstel', 'Herstel is een proces.', [], [])],
  ] as const) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  expect(await buildIndex(site, output, { language: INDEX_LANGUAGE, excludeSelectors: EXCLUDED_SELECTORS, chunkSize: 500 })).toBe(2);
  fragments = await readFragments(output);
}, 60_000);

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the installed Pagefind', () => {
  it(`is version ${PAGEFIND_VERSION}, the one the adapter was written for (after an upgrade: re-check pagefind-adapter.ts, then change PAGEFIND_VERSION)`, () => {
    const installed = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
    expect(installed).toBe(PAGEFIND_VERSION);
    // The browser code it writes says the same.
    expect(readFileSync(join(output, 'pagefind.js'), 'utf8')).toContain(`pagefind_version="${PAGEFIND_VERSION}"`);
  });
});

describe('reading the fragments back', () => {
  it('gives each page with exactly the fields result cards use', () => {
    expect(fragments.size).toBe(2);
    const [id, fragment] = byUrl('/begrippen/zelfonthulling/');
    expect(id).toMatch(/^nl_[0-9a-f]+$/);
    expect({ url: fragment.url, content: fragment.content, meta: fragment.meta, anchors: fragment.anchors }).toEqual({
      url: '/begrippen/zelfonthulling/',
      // A full stop after each block element, white space collapsed, the citation left out, the hidden terms last.
      content: 'Zelfonthulling. Iets over jezelf vertellen. Daarna. In de praktijk. Herstel gaat niet vanzelf. onthulling zelf.',
      meta: { [META.title]: 'Zelfonthulling', [META.kind]: 'Begrip', [META.aliases]: `self-disclosure${LIST_SEPARATOR}openheid` },
      anchors: [{ element: 'h2', id: 'in-de-praktijk', text: 'In de praktijk', location: 6 }],
    });
    expect(byUrl('/begrippen/herstel/')[1].meta).toEqual({ [META.title]: 'Herstel', [META.kind]: 'Begrip' });
  });

  it("places an anchor's location on its heading's first word, in the word split the cards use", () => {
    const [, fragment] = byUrl('/begrippen/zelfonthulling/');
    const { words, zws } = fragmentWords(fragment.content);
    expect(zws).toBe(false);
    expect(words.slice(fragment.anchors[0]!.location, fragment.anchors[0]!.location + 3)).toEqual(['In', 'de', 'praktijk.']);
    // The hidden terms are the last words, as the cards check.
    expect(words.slice(-2)).toEqual(['onthulling', 'zelf.']);
  });

  it('reads a group file (one file for several small pages) as the same pages', async () => {
    const grouped = join(site, 'grouped');
    const { index } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, excludeSelectors: EXCLUDED_SELECTORS, maxFragments: 1 });
    try {
      for (const [, { url }] of fragments) await index!.addHTMLFile({ url, content: readFileSync(join(site, url, 'index.html'), 'utf8') });
      expect((await index!.writeFiles({ outputPath: grouped })).errors).toEqual([]);
    } finally {
      await pagefind.close();
    }
    const again = await readFragments(grouped);
    expect(new Map([...again].map(([id, fragment]) => [id, { url: fragment.url, content: fragment.content, meta: fragment.meta, anchors: fragment.anchors }]))).toEqual(
      new Map([...fragments].map(([id, fragment]) => [id, { url: fragment.url, content: fragment.content, meta: fragment.meta, anchors: fragment.anchors }])),
    );
  }, 60_000);

  it('fails, naming the file and what it found, on a format it does not know', () => {
    const file = (text: string) => gzipSync(Buffer.from(text));
    expect(() => decodeFragmentFile('nl_1.pf_fragment', file('{"url":"/"}'))).toThrow(/nl_1\.pf_fragment: verwacht "pagefind_dcd" en dan JSON \(Pagefind 1\.6\.0\), maar het begint met "\{"url":"\/"\}"/);
    expect(() => decodeFragmentFile('nl_2.pf_fragment', file('pagefind_dcd{"url":"/","text":"…"}'))).toThrow(/nl_2\.pf_fragment: verwacht een pagina met url, content, meta en anchors .* maar vond \{"url":"\/","text":"…"\}/);
    expect(() => decodeFragmentFile('nl_3.pf_fragment', file('pagefind_dcd{"nl_a":{"url":"/","content":"x","meta":{},"anchors":[{"id":"a","element":"h2"}]}}'))).toThrow(/nl_3\.pf_fragment: .* maar vond \{"url":"\/"/);
  });
});

describe("searching with Pagefind's own browser code", () => {
  let api: PagefindApi;
  /** pagefind.js as the search box runs it (options given once, as noWorker is only read then), its files fetched from the output folder. */
  beforeAll(async () => {
    vi.stubGlobal('fetch', async (input: string | URL) => new Response(readFileSync(fileURLToPath(new URL(String(input), pathToFileURL(`${output}/`))))));
    api = (await import(/* @vite-ignore */ pathToFileURL(join(output, 'pagefind.js')).href)) as PagefindApi;
    await api.options({ ...SEARCH_OPTIONS, basePath: pathToFileURL(`${output}/`).href, baseUrl: '/' });
  });
  afterAll(() => vi.unstubAllGlobals());

  it('answers with fragment ids and word positions in the same split of the text', async () => {
    const { results } = await api.search('herstel');
    expect(results.map((result) => Object.keys(result).filter((key) => ['id', 'score', 'words'].includes(key)).sort())).toEqual([
      ['id', 'score', 'words'],
      ['id', 'score', 'words'],
    ]);
    for (const result of results) {
      const fragment = fragments.get(result.id);
      expect(fragment, result.id).toBeDefined();
      const { words } = fragmentWords(fragment!.content);
      expect(result.words.map((position) => words[position]!.toLowerCase().replace(/[^\p{L}]/gu, ''))).toEqual(result.words.map(() => 'herstel'));
    }
    // The page called Herstel first (its title weighs most), with the title's word among its matches.
    expect(fragments.get(results[0]!.id)!.url).toBe('/begrippen/herstel/');
    expect(results[0]!.words).toContain(0);
  });

  it('finds a page by its hidden terms, at positions after the words readers see', async () => {
    const { results } = await api.search('onthulling');
    expect(results.map((result) => fragments.get(result.id)!.url)).toEqual(['/begrippen/zelfonthulling/']);
    const { words } = fragmentWords(fragments.get(results[0]!.id)!.content);
    expect(results[0]!.words).toEqual([words.length - 2]);
  });

  it('filters by a filter name of the contract', async () => {
    expect((await api.search('herstel', { filters: { [FILTERS.section]: 'Begrip' } })).results.length).toBe(2);
    expect((await api.search('herstel', { filters: { [FILTERS.section]: 'Rol' } })).results.length).toBe(0);
  });
});

describe('buildIndex', () => {
  /** A stand-in for Pagefind's Node API whose index fails at `step`. */
  function failingService(step: 'create' | 'add' | 'write') {
    const close = vi.fn(async () => null);
    const index = {
      addDirectory: async () => ({ errors: step === 'add' ? ['kapot.html: onleesbaar'] : [], page_count: 1 }),
      writeFiles: async () => ({ errors: step === 'write' ? ['schijf vol'] : [], outputPath: 'uit' }),
    };
    const service = { createIndex: async () => (step === 'create' ? { errors: ['geen service'] } : { errors: [], index }), close } as unknown as PagefindService;
    return { service, close };
  }

  it.each([
    ['create', /Pagefind kon geen index maken: geen service/],
    ['add', /Pagefind kon de site in site niet lezen: kapot\.html: onleesbaar/],
    ['write', /Pagefind kon de index niet schrijven naar uit: schijf vol/],
  ] as const)('stops the Pagefind service when the index fails (%s)', async (step, message) => {
    const { service, close } = failingService(step);
    await expect(buildIndex('site', 'uit', { language: 'nl', excludeSelectors: [], chunkSize: 500 }, service)).rejects.toThrow(message);
    expect(close).toHaveBeenCalledOnce();
  });
});
