/**
 * Everything this site relies on of Pagefind, in one place. Written for Pagefind 1.6.0
 * (PAGEFIND_VERSION): pagefind-adapter.test.ts builds a small index with the installed Pagefind,
 * reads it back here and searches it with Pagefind's own browser code, and fails when the
 * installed version is another one, so that an upgrade makes someone re-check what follows.
 *
 * At build time (Node, this module):
 * - The Node API: `createIndex({ forceLanguage, excludeSelectors })`, `index.addDirectory({ path })`,
 *   `index.writeFiles({ outputPath })`, and `close()`, which stops the Pagefind service (a
 *   separate process) and is called however the build ends (buildIndex).
 * - `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`: word positions per index chunk, an environment variable
 *   that the Pagefind service reads when it starts (its options.rs) and that Pagefind calls
 *   unstable; tests/budgets.test.ts fails when an upgrade stops honouring it.
 * - The fragment files, the only output we read back: `<outputPath>/fragment/<id>.pf_fragment`,
 *   gzip; inside, the 12 bytes `pagefind_dcd`, then JSON with one page:
 *     { url, content, word_count, filters, meta: { title, …the data-pagefind-meta keys },
 *       anchors: [{ element: "h2", id, text, location }] }
 *   or, when a language has more pages than the `maxFragments` option allows, a group file
 *   `<lang>_group_<hash>.pf_fragment` whose JSON maps each page's id to such an object.
 *   We use `url`, `content` (the indexed text: a full stop ends each block element, words are
 *   separated by white space, or by zero-width spaces in text that has them), `meta` (strings)
 *   and `anchors`, whose `location` is the position of the anchor's first word in `content`
 *   split into words (fragmentWords in result-cards.ts).
 *
 * In the browser (types only below; the code is Pagefind's own `/pagefind/pagefind.js`):
 * - `options({ baseUrl, excerptLength, noWorker, highlightParam, ranking: { metaWeights } })`,
 *   called once (noWorker is read only when Pagefind creates its instance; a second call rejects
 *   it as unknown), `init()`, and `search(term, { filters })`, which resolves to
 *   `{ results: [{ id, score, words }] }`: `id` is the fragment's id above, `words` the positions
 *   of the matched words in the same split of `content`. That is what lets a result card and one
 *   text block stand in for `result.data()` (the whole fragment), which the site never calls.
 * - `pagefind-highlight.js`: its default export, `new PagefindHighlight({ highlightParam,
 *   markOptions: { className, exclude }, addStyles })`, marks the words of `?markeer=` on a page.
 * - The files those fetch: PAGEFIND_BROWSER_FILES (stored for offline use by the service worker).
 *
 * Browser code imports only types from this module (`import type`), never its functions: they
 * run Pagefind's Node service and read files.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefindService from 'pagefind';

/** The Pagefind version this adapter was written and tested for (package.json pins the range). */
export const PAGEFIND_VERSION = '1.6.0';

/** The files in Pagefind's output folder that its browser code fetches, as globs in that folder. */
export const PAGEFIND_BROWSER_FILES = ['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'pagefind-entry.json', '*.pf_meta', 'wasm.*.pagefind', 'index/*', 'filter/*'];

/** The parts of a Pagefind fragment that result cards need. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
}

/** What precedes the JSON in an ungzipped fragment file. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** How the index is built: Pagefind's options, and our word positions per index chunk. */
export interface IndexOptions {
  language: string;
  excludeSelectors: string[];
  chunkSize: number;
}

/** The part of Pagefind's Node API that buildIndex uses (the real one, or a stand-in in a test). */
export type PagefindService = Pick<typeof pagefindService, 'createIndex' | 'close'>;

/**
 * Indexes the built site in `site` into `outputDir` with Pagefind's Node API. Pagefind's service
 * is stopped however this ends: a failed index must not leave its process running (and the
 * build hanging on it). Returns the number of pages indexed.
 */
export async function buildIndex(site: string, outputDir: string, options: IndexOptions, service: PagefindService = pagefindService): Promise<number> {
  // Read by the Pagefind service that createIndex starts (it inherits this environment).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(options.chunkSize);
  try {
    const { index, errors } = await service.createIndex({ forceLanguage: options.language, excludeSelectors: options.excludeSelectors });
    if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind kon de site in ${site} niet lezen: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length) throw new Error(`Pagefind kon de index niet schrijven naar ${outputDir}: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await service.close();
  }
}

/** Whether `value` has the fragment fields we use, with the types we use them as. */
function isFragment(value: unknown): value is PagefindFragment {
  const fragment = value as Partial<PagefindFragment> | null;
  return (
    typeof fragment?.url === 'string' &&
    typeof fragment.content === 'string' &&
    typeof fragment.meta === 'object' &&
    fragment.meta !== null &&
    Array.isArray(fragment.anchors) &&
    fragment.anchors.every((anchor) => typeof anchor.id === 'string' && typeof anchor.element === 'string' && Number.isInteger(anchor.location))
  );
}

/**
 * The pages in one fragment file (`file` is its name, `<id>.pf_fragment`), by result id: one page,
 * or several in a group file. Fails, naming the file and what it found, on any other format.
 */
export function decodeFragmentFile(file: string, gzipped: Uint8Array): [id: string, fragment: PagefindFragment][] {
  const text = gunzipSync(gzipped).toString('utf8');
  if (!text.startsWith(FRAGMENT_SIGNATURE)) {
    throw new Error(`Pagefind-fragment ${file}: verwacht "${FRAGMENT_SIGNATURE}" en dan JSON (Pagefind ${PAGEFIND_VERSION}), maar het begint met "${text.slice(0, 20)}". Is Pagefind bijgewerkt? Zie src/search/pagefind-adapter.ts.`);
  }
  const data = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as unknown;
  if (isFragment(data)) return [[file.replace(/\.pf_fragment$/, ''), data]];
  // A page with fields missing or changed, or a group with such a page.
  const page = typeof data === 'object' && data !== null && 'url' in data;
  const grouped = page ? [] : Object.entries((data ?? {}) as Record<string, unknown>);
  const wrong = grouped.find(([, fragment]) => !isFragment(fragment));
  if (!grouped.length || wrong) {
    const found = JSON.stringify(wrong?.[1] ?? data).slice(0, 120);
    throw new Error(`Pagefind-fragment ${file}: verwacht een pagina met url, content, meta en anchors (met location), of een groep daarvan (Pagefind ${PAGEFIND_VERSION}), maar vond ${found}. Is Pagefind bijgewerkt? Zie src/search/pagefind-adapter.ts.`);
  }
  return grouped as [string, PagefindFragment][];
}

/** Every indexed page's fragment in Pagefind's output folder, by result id. */
export async function readFragments(outputDir: string): Promise<Map<string, PagefindFragment>> {
  const dir = join(outputDir, 'fragment');
  const fragments = new Map<string, PagefindFragment>();
  for (const file of (await readdir(dir)).sort()) {
    if (file.endsWith('.pf_fragment')) for (const [id, fragment] of decodeFragmentFile(file, await readFile(join(dir, file)))) fragments.set(id, fragment);
  }
  if (!fragments.size) throw new Error(`Pagefind schreef geen fragmenten in ${dir}: verwacht één per doorzochte pagina.`);
  return fragments;
}

/** A search result as pagefind.js gives it: the page's fragment id, its score, and where the words matched. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page's indexed text (fragmentWords of its content). */
  words: number[];
}

/** The browser API of `/pagefind/pagefind.js` that the search box uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** The default export of `/pagefind/pagefind-highlight.js`. */
export type PagefindHighlightClass = new (options: { highlightParam: string; markOptions: { className: string; exclude: string[] }; addStyles: boolean }) => unknown;
